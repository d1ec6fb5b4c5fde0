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

/** Splits the normalised line into runs of word characters; an apostrophe inside a run stays in it. */
public final class WordCount {

    private WordCount() {
    }

    public static List<String> words(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int after = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '\u2019') && word.length() > 0 && after < text.length()
                    && Character.isLetterOrDigit(word.codePointBefore(word.length()))
                    && Character.isLetterOrDigit(text.codePointAt(after))) {
                word.append('\'');
            } else {
                flush(word, words);
            }
            i = after;
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    public static class WordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

        private final Text out = new Text();
        private final LongWritable one = new LongWritable(1);

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            for (String w : words(line.toString())) {
                out.set(w);
                context.write(out, one);
            }
        }
    }

    public static class SumReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        private final LongWritable out = new LongWritable();

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context)
                throws IOException, InterruptedException {
            long total = 0;
            for (LongWritable count : counts) {
                total += count.get();
            }
            out.set(total);
            context.write(word, out);
        }
    }
}
