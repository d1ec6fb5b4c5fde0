package dev.mlkatas.ranking.query;

import java.util.List;

/**
 * A query as typed and as the system understood it.
 *
 * @param raw what the shopper typed
 * @param normalised the query after normalisation: lower case, singular, spelling corrected, e.g.
 *     {@code "salmon fillet"} for {@code "Salmn Fillets"}
 * @param terms the normalised query's terms, in order, e.g. {@code [salmon, fillet]}
 */
public record ParsedQuery(String raw, String normalised, List<String> terms) {

    public ParsedQuery {
        terms = List.copyOf(terms);
    }
}
