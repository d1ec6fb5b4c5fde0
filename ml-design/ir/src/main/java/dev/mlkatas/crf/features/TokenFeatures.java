package dev.mlkatas.crf.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hand-built features of one token of a query: the word, its affixes, its shape and its neighbours.
 * They are what a CRF of the 2000s used instead of an LSTM's hidden state; here both taggers of the
 * experiment share them, so that the only difference between the two is the transition layer.
 *
 * <p>Example: the features of {@code Fresh} in {@code harbor Fresh prawns} include {@code w=fresh},
 * {@code s3=esh}, {@code shape=Xx}, {@code w-1=harbor} and {@code w+1=prawns}.
 */
public final class TokenFeatures {

    /** What a token's features may look at. */
    public enum Context {
        /** The token alone: its word, affixes, shape and position. */
        TOKEN,
        /** The token and its neighbours: the words before and after it, as an LSTM's state would. */
        NEIGHBOURS
    }

    private TokenFeatures() {
    }

    /** The features of token {@code t} of {@code tokens}, each a string such as {@code p2=sa}. */
    public static List<String> of(List<String> tokens, int t, Context context) {
        String word = tokens.get(t);
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> features = new ArrayList<>(16);
        features.add("bias");
        features.add("w=" + lower);
        for (int n = 1; n <= 3; n++) {
            if (lower.length() > n) {
                features.add("p" + n + "=" + lower.substring(0, n));
                features.add("s" + n + "=" + lower.substring(lower.length() - n));
            }
        }
        features.add("shape=" + shapeOf(word));
        features.add("len=" + Math.min(lower.length(), 6));
        if (lower.chars().anyMatch(Character::isDigit)) {
            features.add("has-digit");
        }
        if (t == 0) {
            features.add("first");
        }
        if (t == tokens.size() - 1) {
            features.add("last");
        }
        if (context == Context.TOKEN) {
            return features;
        }
        features.add("w-1=" + (t > 0 ? tokens.get(t - 1).toLowerCase(Locale.ROOT) : "<s>"));
        features.add("w+1=" + (t + 1 < tokens.size() ? tokens.get(t + 1).toLowerCase(Locale.ROOT) : "</s>"));
        if (t > 0) {
            features.add("w-1|w=" + tokens.get(t - 1).toLowerCase(Locale.ROOT) + "|" + lower);
        }
        return features;
    }

    /** Capitals as X, small letters as x, digits as d, others kept, runs collapsed: {@code 1.5} is {@code d.d}. */
    public static String shapeOf(String word) {
        StringBuilder shape = new StringBuilder();
        for (char c : word.toCharArray()) {
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (shape.length() == 0 || shape.charAt(shape.length() - 1) != s) {
                shape.append(s);
            }
        }
        return shape.toString();
    }
}
