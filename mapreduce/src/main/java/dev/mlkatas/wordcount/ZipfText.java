package dev.mlkatas.wordcount;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded English-like text whose word frequencies follow Zipf's law, for the word-count benchmark: the
 * word of rank r occurs in proportion to 1/r, so {@code the}-like words make up a large share of the text
 * and most of the vocabulary is rare, as in real text.
 *
 * <p>Example: {@code ZipfText.write(Path.of("zipf.txt"), 200L << 20, 42)} writes 200 MiB.
 *
 * <p>The vocabulary has {@value #VOCABULARY} invented words, shorter the more frequent (a few are spelled
 * alike). The text around them
 * is what a tokenizer meets in prose: capitals at the start of sentences and now and then a word in capitals,
 * punctuation, numbers, possessives and contractions with either apostrophe ({@code '} or {@code ’}), and a
 * few words with accented letters, which take a tokenizer's slower path for non-ASCII lines. Lines are about
 * 70 characters. The same seed and size give the same bytes.
 */
public final class ZipfText {

    /** Distinct words before case and apostrophes. */
    public static final int VOCABULARY = 100_000;

    private static final String CONSONANTS = "bcdfghlmnprstvwy";
    private static final String VOWELS = "aeiou";
    private static final String[] ACCENTED = {"é", "è", "ü", "ö", "ñ", "ç"};
    private static final int LINE_LENGTH = 70;

    private final SplittableRandom random;
    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    private ZipfText(long seed) {
        random = new SplittableRandom(seed);
        for (int rank = 0; rank < VOCABULARY; rank++) {
            words[rank] = invent(rank);
            cumulative[rank] = (rank == 0 ? 0 : cumulative[rank - 1]) + 1.0 / (rank + 1);
        }
        double total = cumulative[VOCABULARY - 1];
        for (int rank = 0; rank < VOCABULARY; rank++) {
            cumulative[rank] /= total;
        }
    }

    /**
     * Writes about {@code bytes} bytes of text (whole lines, a line's length past it at most) to {@code file}.
     *
     * @return the number of bytes written
     */
    public static long write(Path file, long bytes, long seed) throws IOException {
        ZipfText text = new ZipfText(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return text.writeTo(out, bytes);
        }
    }

    private long writeTo(OutputStream out, long bytes) throws IOException {
        long written = 0;
        StringBuilder line = new StringBuilder(2 * LINE_LENGTH);
        boolean sentenceStart = true;
        while (written < bytes) {
            String word = nextWord(sentenceStart);
            sentenceStart = false;
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
                written += writeLine(out, line);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
            double punctuation = random.nextDouble();
            if (punctuation < 0.06) {
                line.append('.');
                sentenceStart = true;
            } else if (punctuation < 0.14) {
                line.append(',');
            } else if (punctuation < 0.15) {
                line.append(random.nextBoolean() ? ";" : "?");
                sentenceStart = true;
            }
        }
        if (line.length() > 0) {
            written += writeLine(out, line);
        }
        return written;
    }

    private static long writeLine(OutputStream out, StringBuilder line) throws IOException {
        line.append('\n');
        byte[] utf8 = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(utf8);
        line.setLength(0);
        return utf8.length;
    }

    private String nextWord(boolean sentenceStart) {
        double kind = random.nextDouble();
        if (kind < 0.01) {
            return String.valueOf(random.nextInt(random.nextBoolean() ? 100 : 10_000));
        }
        String word = words[rank(random.nextDouble())];
        if (kind < 0.025) {
            word = word + (random.nextBoolean() ? "'s" : "’s");
        } else if (kind < 0.03) {
            word = word + (random.nextBoolean() ? "n't" : "n’t");
        }
        if (kind > 0.995) {
            return word.toUpperCase(java.util.Locale.ROOT);
        }
        return sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** The rank whose share of the cumulative Zipf distribution holds {@code u}. */
    private int rank(double u) {
        int found = Arrays.binarySearch(cumulative, u);
        return Math.min(VOCABULARY - 1, found >= 0 ? found : -found - 1);
    }

    /** A pronounceable word, short for frequent ranks; one in a hundred has an accented letter. */
    private String invent(int rank) {
        int syllables = 1 + Math.min(4, (int) (Math.log10(rank + 1) * 0.9 + random.nextDouble() * 1.2));
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            if (s > 0 || random.nextDouble() < 0.8) {
                word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
            word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        if (rank > 1_000 && random.nextDouble() < 0.01) {
            int at = random.nextInt(word.length());
            word.replace(at, at + 1, ACCENTED[random.nextInt(ACCENTED.length)]);
        }
        // Two ranks may be spelled alike, as homographs are: their counts simply add up.
        return word.toString();
    }
}
