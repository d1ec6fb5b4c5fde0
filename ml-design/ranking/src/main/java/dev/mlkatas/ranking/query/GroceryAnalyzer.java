package dev.mlkatas.ranking.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How product text and queries become terms, the same for every field and for queries, so that a query
 * term and an indexed term can only match when they are equal.
 *
 * <p>Example: {@code new GroceryAnalyzer().terms("Trader Joe's Wild Salmon Fillets, Jalapeño")} is
 * {@code [trader, joe, wild, salmon, fillet, jalapeno]}.
 *
 * <p>The chain: Lucene's standard tokenizer (Unicode word boundaries: {@code fish-shaped} is two words,
 * {@code 1.5} one), lower case, ASCII folding ({@code crème} is {@code creme}), possessives dropped
 * ({@code joe's} is {@code joe}), then plurals made singular by Lucene's minimal English stemmer
 * ({@code fillets} → {@code fillet}, {@code berries} → {@code berry}). That stemmer only strips plural
 * endings, so {@code smoked} stays {@code smoked}; it leaves alone terms with a digit or a dot
 * ({@code 12oz}), and where its rules get a grocery word wrong ({@code cookies} would become
 * {@code cooky}, {@code peaches} {@code peache}), a fixed list of {@link #IRREGULAR_PLURALS} wins. There
 * is deliberately no stop-word filter: {@code half and half} and {@code a2 milk} keep every word.
 *
 * <p>Analysing the terms again gives the same terms, so a normalised query can be parsed again and a
 * query term compared with an indexed one.
 *
 * <p>Thread-safe: Lucene analyzers keep one token stream per thread.
 */
public final class GroceryAnalyzer extends Analyzer {

    /**
     * Plural → singular for the grocery words the minimal stemmer gets wrong: singulars ending in
     * {@code -ie}, and plurals in {@code -oes}, {@code -ves}, {@code -ches}, {@code -shes}, {@code -xes},
     * {@code -sses}.
     */
    public static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("cookies", "cookie"),
            Map.entry("brownies", "brownie"),
            Map.entry("smoothies", "smoothie"),
            Map.entry("pies", "pie"),
            Map.entry("veggies", "veggie"),
            Map.entry("hoagies", "hoagie"),
            Map.entry("tomatoes", "tomato"),
            Map.entry("potatoes", "potato"),
            Map.entry("mangoes", "mango"),
            Map.entry("avocadoes", "avocado"),
            Map.entry("loaves", "loaf"),
            Map.entry("leaves", "leaf"),
            Map.entry("halves", "half"),
            Map.entry("knives", "knife"),
            Map.entry("peaches", "peach"),
            Map.entry("sandwiches", "sandwich"),
            Map.entry("lunches", "lunch"),
            Map.entry("bunches", "bunch"),
            Map.entry("fishes", "fish"),
            Map.entry("dishes", "dish"),
            Map.entry("radishes", "radish"),
            Map.entry("squashes", "squash"),
            Map.entry("relishes", "relish"),
            Map.entry("boxes", "box"),
            Map.entry("mixes", "mix"),
            Map.entry("glasses", "glass"));

    private static final StemmerOverrideMap OVERRIDES = overrides();
    private static final Pattern POSSESSIVE = Pattern.compile("('s)+$");
    private static final Pattern NOT_A_WORD = Pattern.compile(".*[^a-z].*");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        // Every trailing 's, not just one as EnglishPossessiveFilter does, so that analysing twice changes nothing.
        stream = new PatternReplaceFilter(stream, POSSESSIVE, "", false);
        // Marks the listed words as keywords, which the stemmer leaves alone.
        stream = new StemmerOverrideFilter(stream, OVERRIDES);
        // Codes, sizes and abbreviations (a2, 12oz, u.s) are not English plurals.
        stream = new PatternKeywordMarkerFilter(stream, NOT_A_WORD);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The terms of {@code text}, in order, duplicates kept; empty when it holds no word. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading a String cannot fail; a Lucene bug would surface here.
            throw new UncheckedIOException("could not analyse '" + text + "'", e);
        }
        return terms;
    }

    private static StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        IRREGULAR_PLURALS.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the irregular plurals", e);
        }
    }
}
