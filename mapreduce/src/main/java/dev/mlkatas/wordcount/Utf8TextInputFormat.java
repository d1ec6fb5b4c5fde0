package dev.mlkatas.wordcount;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

/**
 * Hadoop's {@link TextInputFormat} (lines of plain or compressed files, split where the codec allows), with
 * every line made valid UTF-8 before a mapper sees it: each run of invalid bytes becomes one U+FFFD, counted
 * in {@link WordCountCounter#INVALID_BYTES_REPLACED}. Lines are counted in {@link WordCountCounter#LINES}. An
 * error reading a file names the file: Hadoop's line reader says {@code not a gzip file} but not which file,
 * and a job may read thousands.
 *
 * <p>Example: {@code job.setInputFormatClass(Utf8TextInputFormat.class)}; a mapper then gets the offset of
 * each line and its text, exactly as with {@code TextInputFormat}.
 */
public final class Utf8TextInputFormat extends TextInputFormat {

    @Override
    public RecordReader<LongWritable, Text> createRecordReader(InputSplit split, TaskAttemptContext context) {
        return new RepairingLineReader(super.createRecordReader(split, context));
    }

    /** Reads lines with Hadoop's reader and repairs each one in the Text that reader reuses. */
    private static final class RepairingLineReader extends RecordReader<LongWritable, Text> {

        private final RecordReader<LongWritable, Text> lines;
        private final Utf8Repair repair = new Utf8Repair();
        private String file = "input";
        // Named in full: the input format inherits an enum called Counter.
        private org.apache.hadoop.mapreduce.Counter lineCount;
        private org.apache.hadoop.mapreduce.Counter invalidBytes;

        RepairingLineReader(RecordReader<LongWritable, Text> lines) {
            this.lines = lines;
        }

        @Override
        public void initialize(InputSplit split, TaskAttemptContext context) throws IOException, InterruptedException {
            if (split instanceof FileSplit fileSplit) {
                file = Path.getPathWithoutSchemeAndAuthority(fileSplit.getPath()).toString();
            }
            try {
                lines.initialize(split, context);
            } catch (IOException e) {
                throw named(e);
            }
            lineCount = context.getCounter(WordCountCounter.LINES);
            invalidBytes = context.getCounter(WordCountCounter.INVALID_BYTES_REPLACED);
        }

        @Override
        public boolean nextKeyValue() throws IOException, InterruptedException {
            boolean read;
            try {
                read = lines.nextKeyValue();
            } catch (IOException e) {
                throw named(e);
            }
            if (!read) {
                return false;
            }
            lineCount.increment(1);
            int invalid = repair.repair(lines.getCurrentValue());
            if (invalid > 0) {
                invalidBytes.increment(invalid);
            }
            return true;
        }

        private IOException named(IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new IOException(file + ": " + message, e);
        }

        @Override
        public LongWritable getCurrentKey() throws IOException, InterruptedException {
            return lines.getCurrentKey();
        }

        @Override
        public Text getCurrentValue() throws IOException, InterruptedException {
            return lines.getCurrentValue();
        }

        @Override
        public float getProgress() throws IOException, InterruptedException {
            return lines.getProgress();
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
