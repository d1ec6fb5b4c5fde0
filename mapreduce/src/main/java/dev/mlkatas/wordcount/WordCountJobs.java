package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.KeyValueTextInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * The wiring of the kata's two jobs, shared by the driver, the tests and the benchmark: which classes play
 * which part, and the types between them. Nothing here counts a word; that is the candidate's code.
 *
 * <p>Example:
 * <pre>{@code
 * Job job = WordCountJobs.countJob(conf, List.of(new Path("books")), new Path("counts"), Combining.COMBINER, 2);
 * job.waitForCompletion(false);
 * }</pre>
 */
public final class WordCountJobs {

    /** How many words the top-words job keeps: a positive int, set by {@link #topWordsJob}. */
    public static final String TOP_K = "wordcount.top.k";
    /** How many distinct words {@link CombiningWordsMapper} holds before it writes them out. */
    public static final String MAX_WORDS = "wordcount.combining.max-words";
    /**
     * The bound of the in-mapper map when {@link #MAX_WORDS} is not set: more distinct words than a split of
     * prose usually holds, and some tens of megabytes, well inside a map task's default heap.
     */
    public static final int DEFAULT_MAX_WORDS = 500_000;

    /** Where the counts of one word are added up before the shuffle, if anywhere. */
    public enum Combining {
        /** {@link WordCount.WordsMapper}, and every (word, 1) pair goes to the shuffle. */
        NONE,
        /** {@link WordCount.WordsMapper} with {@link WordCount.SumReducer} as the combiner (task 1). */
        COMBINER,
        /** {@link CombiningWordsMapper}, which adds up counts in a bounded map (task 3). */
        IN_MAPPER
    }

    private WordCountJobs() {
    }

    /**
     * The word-count job: {@code word<TAB>count} lines in {@code output}, one {@code part-r-*} file per
     * reducer, each sorted by word (byte order of UTF-8, which is code point order).
     *
     * @param inputs files or directories (read recursively), plain or compressed with a Hadoop codec
     * @param output a directory that does not exist yet
     * @param reducers how many reduce tasks, and so part files
     */
    public static Job countJob(Configuration conf, List<Path> inputs, Path output, Combining combining, int reducers)
            throws IOException {
        Job job = Job.getInstance(conf, "word count");
        job.setJarByClass(WordCountJobs.class);
        job.setInputFormatClass(Utf8TextInputFormat.class);
        FileInputFormat.setInputDirRecursive(job, true);
        for (Path input : inputs) {
            FileInputFormat.addInputPath(job, input);
        }
        if (combining == Combining.IN_MAPPER) {
            job.setMapperClass(CombiningWordsMapper.class);
        } else {
            job.setMapperClass(WordCount.WordsMapper.class);
        }
        if (combining == Combining.COMBINER) {
            job.setCombinerClass(WordCount.SumReducer.class);
        }
        job.setReducerClass(WordCount.SumReducer.class);
        job.setNumReduceTasks(reducers);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(LongWritable.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(LongWritable.class);
        job.setOutputFormatClass(WordCountOutputFormat.class);
        FileOutputFormat.setOutputPath(job, output);
        return job;
    }

    /**
     * The top-words job (task 2): reads the count job's output and writes the {@code k} most frequent words,
     * most frequent first, ties by word, as {@code word<TAB>count} lines in {@code output/part-r-00000}.
     * Every mapper keeps its own top {@code k}; one reducer merges them.
     */
    public static Job topWordsJob(Configuration conf, Path counts, Path output, int k) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        Job job = Job.getInstance(conf, "top " + k + " words");
        job.setJarByClass(WordCountJobs.class);
        job.getConfiguration().setInt(TOP_K, k);
        job.setInputFormatClass(KeyValueTextInputFormat.class);
        FileInputFormat.addInputPath(job, counts);
        job.setMapperClass(TopWords.LocalTopMapper.class);
        job.setReducerClass(TopWords.GlobalTopReducer.class);
        // One reducer sees every mapper's candidates: the global top k needs them all in one place.
        job.setNumReduceTasks(1);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(LongWritable.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(LongWritable.class);
        job.setOutputFormatClass(TextOutputFormat.class);
        FileOutputFormat.setOutputPath(job, output);
        return job;
    }

    /**
     * The {@code k} of the top-words job, from {@link #TOP_K}.
     *
     * @throws IllegalArgumentException if it is missing or not positive
     */
    public static int topK(Configuration conf) {
        int k = conf.getInt(TOP_K, 0);
        if (k < 1) {
            throw new IllegalArgumentException(
                    TOP_K + " must be set to a positive number, not '" + conf.get(TOP_K) + "'");
        }
        return k;
    }

    /**
     * The bound of the in-mapper map, from {@link #MAX_WORDS}, {@link #DEFAULT_MAX_WORDS} if unset.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public static int maxWords(Configuration conf) {
        int max = conf.getInt(MAX_WORDS, DEFAULT_MAX_WORDS);
        if (max < 1) {
            throw new IllegalArgumentException(MAX_WORDS + " must be at least 1, not " + max);
        }
        return max;
    }
}
