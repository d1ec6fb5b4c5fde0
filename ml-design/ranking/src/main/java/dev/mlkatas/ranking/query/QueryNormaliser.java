package dev.mlkatas.ranking.query;

/** Turns what a shopper typed into the terms the rest of the system matches. */
public interface QueryNormaliser {

    /**
     * The query understood; throws {@link IllegalArgumentException} if it holds no term at all.
     *
     * <p>Example: {@code parse("Salmn Fillets")} gives the terms {@code [salmon, fillet]}.
     */
    ParsedQuery parse(String raw);

    /**
     * A product's name analysed exactly as queries are (case, plurals; no spelling correction), so
     * that query terms and name terms can be compared.
     */
    java.util.List<String> analyse(String text);
}
