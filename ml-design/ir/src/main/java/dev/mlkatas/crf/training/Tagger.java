package dev.mlkatas.crf.training;

import java.util.List;

/** Something that tags the tokens of a query: one index of {@code BioTags.TAGS} per token. */
public interface Tagger {

    /** The tag indices of {@code tokens}. Example: {@code tagger.tag(List.of("wild", "salmon"))} → {@code [5, 3]}. */
    int[] tag(List<String> tokens);
}
