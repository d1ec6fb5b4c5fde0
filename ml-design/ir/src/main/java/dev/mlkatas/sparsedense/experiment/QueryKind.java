package dev.mlkatas.sparsedense.experiment;

/** The three kinds of query of the experiment, each the home ground of one representation. */
public enum QueryKind {
    /** A word the product names never use: an aisle ({@code seafood}) or a describing word ({@code fish}). */
    SYNONYM("synonym"),
    /** The exact tokens of one product: brand, kind and pack size ({@code northbay salmon fillet 2 lb}). */
    EXACT("exact tokens"),
    /** A brand and a kind, each word of four letters or more with a typo ({@code nortbay salmno fillte}). */
    MISSPELLING("misspelling");

    private final String label;

    QueryKind(String label) {
        this.label = label;
    }

    /** How the kind is named in the table. */
    public String label() {
        return label;
    }
}
