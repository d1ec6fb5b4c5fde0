package dev.mlkatas.sparsedense;

/**
 * Where a feature goes in a vector: the column of a term in a TF-IDF matrix.
 *
 * <p>Example: {@code FeatureVocabulary.of(docs).indexOf("w:salmon")} is salmon's column, or {@code -1} if
 * no document had it; {@code new HashedFeatureIndex(16).indexOf("w:salmon")} is a bucket from 0 to 65535,
 * for any feature, seen or not.
 */
public interface FeatureIndex {

    /** The index of {@code feature}, from 0 to {@link #dimension()} - 1, or -1 if this index has no place for it. */
    int indexOf(String feature);

    /** How many indices there are: the length of every vector built on this index. */
    int dimension();
}
