package dev.mlkatas.crf.evaluation;

import dev.mlkatas.crf.BioTags;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity in a tagged query: its type and the tokens {@code [start, end)} it covers.
 *
 * <p>Example: {@code Span.of(new int[] {5, 3, 4})} (B-ATTRIBUTE B-PRODUCT I-PRODUCT) is
 * {@code [ATTRIBUTE 0-1, PRODUCT 1-3]}.
 */
public record Span(String type, int start, int end) {

    /**
     * The spans of a tag sequence, read the way the CoNLL evaluation script reads them: a span starts at
     * {@code B-X}, or at an {@code I-X} that does not continue an X (so invalid sequences still have spans),
     * and goes on over the {@code I-X} tokens that follow.
     */
    public static List<Span> of(int[] tags) {
        List<Span> spans = new ArrayList<>();
        String type = null;
        int start = 0;
        for (int t = 0; t <= tags.length; t++) {
            int tag = t < tags.length ? tags[t] : BioTags.OUTSIDE;
            boolean continues = type != null && BioTags.isInside(tag) && type.equals(BioTags.typeOf(tag));
            if (continues) {
                continue;
            }
            if (type != null) {
                spans.add(new Span(type, start, t));
            }
            type = BioTags.typeOf(tag);
            start = t;
        }
        return spans;
    }

    @Override
    public String toString() {
        return type + " " + start + "-" + end;
    }
}
