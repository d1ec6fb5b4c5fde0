package dev.mlkatas.crf.data;

import dev.mlkatas.crf.BioTags;
import java.util.List;

/**
 * A search query split into tokens, each with its BIO tag.
 *
 * <p>Example: {@code new TaggedQuery(List.of("wild", "salmon"), List.of("B-ATTRIBUTE", "B-PRODUCT"))}.
 *
 * @param tokens the tokens as typed, never empty strings
 * @param tags one tag of {@link BioTags#TAGS} per token
 */
public record TaggedQuery(List<String> tokens, List<String> tags) {

    public TaggedQuery {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
        for (String tag : tags) {
            if (BioTags.indexOf(tag) < 0) {
                throw new IllegalArgumentException("unknown tag '" + tag + "' (known: " + String.join(" ",
                        BioTags.TAGS) + ")");
            }
        }
    }

    /** The tags as indices into {@link BioTags#TAGS}. */
    public int[] tagIndices() {
        return tags.stream().mapToInt(BioTags::indexOf).toArray();
    }

    /** The number of tokens. */
    public int length() {
        return tokens.size();
    }
}
