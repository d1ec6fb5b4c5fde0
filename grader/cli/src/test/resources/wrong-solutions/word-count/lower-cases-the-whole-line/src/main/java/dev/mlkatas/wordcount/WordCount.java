package dev.mlkatas.wordcount;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/** Normalises and lower-cases the line once, then keeps runs of letters and digits. */
public final class WordCount {

    private WordCount() {
    }

    public static List<String> words(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int[] points = text.codePoints().toArray();
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            int cp = points[i];
            boolean apostrophe = cp == '\'' || cp == '\u2019';
            boolean inside = i > 0 && i + 1 < points.length;
            boolean keep = Character.isLetterOrDigit(cp)
                    || apostrophe && inside && Character.isLetter(points[i - 1]) && Character.isLetter(points[i + 1]);
            if (keep) {
                current.appendCodePoint(cp == '\u2019' ? '\'' : cp);
            } else if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    public static class WordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

        private static final LongWritable ONE = new LongWritable(1);

        private final Text out = new Text();

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            for (String word : words(line.toString())) {
                out.set(word);
                context.write(out, ONE);
            }
        }
    }

    public static class SumReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        private final LongWritable sum = new LongWritable();

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context)
                throws IOException, InterruptedException {
            long total = 0;
            for (LongWritable count : counts) {
                total += count.get();
            }
            sum.set(total);
            context.write(word, sum);
        }
    }
}
