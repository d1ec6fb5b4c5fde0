package dev.mlkatas.ranking.log;

/** The kinds of query the evaluation reports separately. */
public enum QuerySegment {
    /** Frequent, short queries: "fish", "milk", "apple", "chicken", "bread". */
    HEAD,
    /** Rare, specific queries: "smoked haddock fillet", "gluten free penne". */
    TAIL,
    /** A head or tail query with a typing error: "salmn", "chiken". */
    MISSPELLED,
    /** A brand's name, alone or with a product: "ocean fresh salmon". */
    BRAND
}
