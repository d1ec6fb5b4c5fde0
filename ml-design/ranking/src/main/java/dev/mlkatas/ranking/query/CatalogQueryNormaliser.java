package dev.mlkatas.ranking.query;

import dev.mlkatas.ranking.retrieval.CatalogField;
import dev.mlkatas.ranking.retrieval.CatalogIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Normalises queries against a catalogue's own words: the {@link GroceryAnalyzer} (case, accents,
 * possessives, plurals), then spelling correction of the words the catalogue does not know.
 *
 * <p>Example: {@code CatalogQueryNormaliser.of(index).parse("Salmn Fillets")} is
 * {@code ParsedQuery[raw=Salmn Fillets, normalised=salmon fillet, terms=[salmon, fillet]]}.
 *
 * <p>A term is known when it occurs in any indexed field (name, aisle, department, brand) and is kept as
 * it is. An unknown term is replaced by the closest term of the product names found by Lucene's
 * {@link DirectSpellChecker}, configured as follows:
 * <ul>
 *   <li>at most {@value #MAX_EDITS} edits (Damerau-Levenshtein: insert, delete, substitute, swap);
 *   <li>accuracy {@value #ACCURACY}: the suggestion's similarity {@code 1 - edits / min(length of the two
 *       terms)} must reach it, so one edit is enough from 3 letters ({@code fsh} → {@code fish}) but two
 *       need 6 letters on both sides ({@code mozarela} → {@code mozzarella}, never {@code peach} →
 *       {@code pecan}): a wrong correction sends a shopper elsewhere, a missed one only finds less;
 *   <li>the first letter must be right (a prefix of 1, Lucene's default: few typos hit the first letter,
 *       and it keeps the search small), terms of 3 letters or more only;
 *   <li>any name term may be suggested, however rare (the default asks for 1% of documents, which
 *       would exclude most of a large catalogue's words); the most similar wins, then the most frequent,
 *       skipping terms with a digit (codes, sizes).
 * </ul>
 * Terms with a digit ({@code 500}, {@code a2}) are never corrected, and a term with no suggestion good
 * enough is kept, so an unknown word still reaches retrieval and matches nothing rather than something
 * wrong.
 *
 * <p>A correction costs about a millisecond in 50,000 names (two at the 99th percentile) and is cached,
 * so a typo shoppers repeat costs it once. Thread-safe: the spell checkers are configured once, and the
 * cache of corrections is concurrent.
 */
public final class CatalogQueryNormaliser implements QueryNormaliser {

    /** The most edits between a misspelled term and its correction. */
    public static final int MAX_EDITS = 2;
    /** The least similarity of a correction, from 0 to 1 (see the class comment). */
    public static final float ACCURACY = 0.65f;
    /** The shortest term that is corrected. */
    public static final int MIN_LENGTH = 3;

    /** How many suggestions are looked at for the best one without a digit. */
    private static final int SUGGESTIONS = 5;

    /**
     * The shortest term that may be {@value #MAX_EDITS} edits from its correction: below it, the accuracy
     * rejects two edits anyway, and looking for them is most of the cost of a look-up.
     */
    private static final int MIN_LENGTH_FOR_TWO_EDITS = (int) Math.ceil(2 / (1 - ACCURACY));

    private final CatalogIndex index;
    private final DirectSpellChecker oneEdit;
    private final DirectSpellChecker twoEdits;
    private final QueryCache<String> corrections = new QueryCache<>();

    private CatalogQueryNormaliser(CatalogIndex index) {
        this.index = index;
        this.oneEdit = spellChecker(1);
        this.twoEdits = spellChecker(MAX_EDITS);
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker spellChecker = new DirectSpellChecker();
        spellChecker.setMaxEdits(maxEdits);
        spellChecker.setAccuracy(ACCURACY);
        spellChecker.setMinPrefix(1);
        spellChecker.setMinQueryLength(MIN_LENGTH);
        spellChecker.setThresholdFrequency(0f);
        return spellChecker;
    }

    /** A normaliser that knows the words of the catalogue in {@code index}; it reads the index while it is open. */
    public static CatalogQueryNormaliser of(CatalogIndex index) {
        return new CatalogQueryNormaliser(index);
    }

    /**
     * The query analysed and spell-corrected; throws {@link IllegalArgumentException} when it is blank
     * ("the query is empty") or has no word ("the query '?!' holds no word").
     */
    @Override
    public ParsedQuery parse(String raw) {
        Objects.requireNonNull(raw, "the query is null");
        if (raw.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        List<String> analysed = analyse(raw);
        if (analysed.isEmpty()) {
            throw new IllegalArgumentException("the query '" + raw + "' holds no word");
        }
        List<String> terms = new ArrayList<>(analysed.size());
        for (String term : analysed) {
            terms.add(correct(term));
        }
        return new ParsedQuery(raw, String.join(" ", terms), terms);
    }

    @Override
    public List<String> analyse(String text) {
        return index.analyzer().terms(text);
    }

    /**
     * One analysed term, corrected: itself when the catalogue knows it or nothing is close enough.
     *
     * <p>Example: {@code correct("chiken")} is {@code chicken} when a product name has that word.
     */
    public String correct(String term) {
        if (index.knows(term) || hasDigit(term)) {
            return term;
        }
        return corrections.get(term, this::closestNameTerm);
    }

    private String closestNameTerm(String term) {
        try {
            DirectSpellChecker spellChecker = term.length() >= MIN_LENGTH_FOR_TWO_EDITS ? twoEdits : oneEdit;
            SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(CatalogField.NAME.field(), term),
                    SUGGESTIONS, index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, ACCURACY);
            // Codes and sizes ("f3h", "500g") are no correction of a word.
            return Arrays.stream(suggestions).map(suggestion -> suggestion.string)
                    .filter(suggestion -> !hasDigit(suggestion)).findFirst().orElse(term);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the index of " + index.catalog().source(), e);
        }
    }

    private static boolean hasDigit(String term) {
        return term.chars().anyMatch(Character::isDigit);
    }
}
