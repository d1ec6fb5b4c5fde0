package dev.mlkatas.crf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The BIO tags of grocery search queries: {@code O} outside any entity, {@code B-X} for the first token
 * of an entity of type X and {@code I-X} for the ones after it. A sequence is invalid when an {@code I-X}
 * follows {@code O}, follows a tag of another type, or starts the query.
 *
 * <p>Example: {@code organic wild salmon fillet 2 lb} is {@code B-ATTRIBUTE B-ATTRIBUTE B-PRODUCT I-PRODUCT
 * B-QUANTITY B-UNIT}; {@code O I-PRODUCT} is invalid.
 */
public final class BioTags {

    /** The entity types, in the order their tags are numbered. */
    public static final List<String> TYPES = List.of("BRAND", "PRODUCT", "ATTRIBUTE", "QUANTITY", "UNIT");

    /** Every tag, numbered by position: {@code O}, then {@code B-X} and {@code I-X} for each type. */
    public static final List<String> TAGS = tags();

    /** The index of {@code O}. */
    public static final int OUTSIDE = 0;

    private BioTags() {
    }

    private static List<String> tags() {
        List<String> tags = new ArrayList<>(List.of("O"));
        for (String type : TYPES) {
            tags.add("B-" + type);
            tags.add("I-" + type);
        }
        return List.copyOf(tags);
    }

    /** The index of {@code tag}, or -1 if it is not one of {@link #TAGS}. */
    public static int indexOf(String tag) {
        return TAGS.indexOf(tag);
    }

    /** Whether {@code tag} continues an entity: an {@code I-} tag. */
    public static boolean isInside(int tag) {
        return tag > 0 && tag % 2 == 0;
    }

    /** The entity type of a {@code B-} or {@code I-} tag, null for {@code O}. */
    public static String typeOf(int tag) {
        return tag == OUTSIDE ? null : TYPES.get((tag - 1) / 2);
    }

    /** Whether {@code next} may follow {@code previous}: an {@code I-X} only after {@code B-X} or {@code I-X}. */
    public static boolean allowed(int previous, int next) {
        return !isInside(next) || (previous != OUTSIDE && typeOf(previous).equals(typeOf(next)));
    }

    /** Whether {@code tag} may start a query: anything but an {@code I-} tag. */
    public static boolean allowedFirst(int tag) {
        return !isInside(tag);
    }

    /** Whether a whole sequence of tag indices is valid BIO. */
    public static boolean isValid(int[] tags) {
        for (int t = 0; t < tags.length; t++) {
            if (t == 0 ? !allowedFirst(tags[t]) : !allowed(tags[t - 1], tags[t])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Transition scores that forbid every invalid step and favour none: 0 where {@link #allowed}, {@code -∞}
     * elsewhere. Add them to learned scores, or use them alone over a per-token classifier.
     */
    public static double[][] forbiddenTransitions() {
        int n = TAGS.size();
        double[][] transitions = new double[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                transitions[x][y] = allowed(x, y) ? 0 : Double.NEGATIVE_INFINITY;
            }
        }
        return transitions;
    }

    /** Start scores that forbid starting with an {@code I-} tag: 0 or {@code -∞}. */
    public static double[] forbiddenStarts() {
        double[] start = new double[TAGS.size()];
        Arrays.setAll(start, y -> allowedFirst(y) ? 0 : Double.NEGATIVE_INFINITY);
        return start;
    }
}
