package dev.mlkatas.sparsedense.experiment;

/** The three kinds of query of the experiment, each the home ground of one representation. */
public enum QueryKind {
    /** A word the product names never use: a category ({@code fish}) or another name ({@code zucchini}). */
    SYNONYM("synonym"),
    /** The exact tokens of one product: brand, kind and pack size ({@code northbay salmon 2 lb}). */
    EXACT("exact tokens"),
    /** A brand and a kind, each with a typo ({@code nortbay salmno}). */
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
