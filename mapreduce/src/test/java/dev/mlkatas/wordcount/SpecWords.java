package dev.mlkatas.wordcount;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statement's tokenizer written the plainest way, one rule per line, as the tests' oracle: the code
 * points of the NFC line, a flag per code point saying whether it belongs to a word, then the runs of
 * flagged code points. Slow, allocation-happy and obviously the rule.
 */
final class SpecWords {

    private SpecWords() {
    }

    /** The words of one line. */
    static List<String> of(String line) {
        int[] cps = Normalizer.normalize(line, Normalizer.Form.NFC).codePoints().toArray();
        boolean[] inWord = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            boolean apostrophe = cps[i] == '\'' || cps[i] == '\u2019';
            boolean betweenLetters = i > 0 && i + 1 < cps.length
                    && Character.isLetter(cps[i - 1]) && Character.isLetter(cps[i + 1]);
            inWord[i] = Character.isLetterOrDigit(cps[i]) || (apostrophe && betweenLetters);
        }
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            if (!inWord[start]) {
                start++;
                continue;
            }
            int end = start;
            while (end < cps.length && inWord[end]) {
                end++;
            }
            String word = new String(cps, start, end - start);
            words.add(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            start = end;
        }
        return words;
    }

    /** How often each word occurs in the lines, in word order. */
    static Map<String, Long> count(Collection<String> lines) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : lines) {
            for (String word : of(line)) {
                counts.merge(word, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** How many words the lines hold, repeats included. */
    static long tokens(Collection<String> lines) {
        return lines.stream().mapToLong(line -> of(line).size()).sum();
    }
}
