package dev.mlkatas.crf.training;

import dev.mlkatas.crf.features.TokenFeatures;
import dev.mlkatas.crf.data.TaggedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import smile.data.Tuple;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.sequence.CRF;

/**
 * Smile's {@link CRF} as a library comparison. It is a different kind of CRF: its potentials are
 * regression trees grown by gradient boosting (Dietterich et al., 2004), not a weighted sum of features,
 * and it learns label interactions by giving each tree the previous label as an input. It takes nominal
 * columns, so the token features here are the categorical core of {@code TokenFeatures}: word, affixes,
 * shape and neighbours, each a level of a nominal scale learned from the training data.
 *
 * <p>Example: {@code SmileCrfTagger.fit(train, 20).tag(List.of("wild", "salmon"))}.
 */
public final class SmileCrfTagger implements Tagger {

    private static final String UNKNOWN = "<unk>";
    private static final List<String> COLUMNS = List.of("word", "prefix3", "suffix3", "shape", "previous", "next");

    private final CRF crf;
    private final StructType schema;
    private final List<Map<String, Integer>> levels;

    private SmileCrfTagger(CRF crf, StructType schema, List<Map<String, Integer>> levels) {
        this.crf = crf;
        this.schema = schema;
        this.levels = levels;
    }

    /** Fits Smile's CRF with {@code trees} trees per label (depth 20, 100 leaves at most, shrinkage 1). */
    public static SmileCrfTagger fit(List<TaggedQuery> train, int trees) {
        List<Map<String, Integer>> levels = new ArrayList<>();
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            Set<String> values = new LinkedHashSet<>(List.of(UNKNOWN));
            for (TaggedQuery query : train) {
                for (int t = 0; t < query.length(); t++) {
                    values.add(column(c, query.tokens(), t));
                }
            }
            Map<String, Integer> codes = new HashMap<>();
            for (String value : values) {
                codes.put(value, codes.size());
            }
            levels.add(codes);
            fields.add(new StructField(COLUMNS.get(c), DataTypes.IntegerType,
                    new NominalScale(values.toArray(String[]::new))));
        }
        StructType schema = new StructType(fields);
        SmileCrfTagger encoder = new SmileCrfTagger(null, schema, levels);
        Tuple[][] sequences = train.stream().map(q -> encoder.tuples(q.tokens())).toArray(Tuple[][]::new);
        int[][] labels = train.stream().map(TaggedQuery::tagIndices).toArray(int[][]::new);
        CRF crf = CRF.fit(sequences, labels, trees, 20, 100, 5, 1.0);
        return new SmileCrfTagger(crf, schema, levels);
    }

    @Override
    public int[] tag(List<String> tokens) {
        return tokens.isEmpty() ? new int[0] : crf.viterbi(tuples(tokens));
    }

    private Tuple[] tuples(List<String> tokens) {
        Tuple[] tuples = new Tuple[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            int[] codes = new int[COLUMNS.size()];
            for (int c = 0; c < codes.length; c++) {
                codes[c] = levels.get(c).getOrDefault(column(c, tokens, t), 0);
            }
            tuples[t] = Tuple.of(codes, schema);
        }
        return tuples;
    }

    private static String column(int c, List<String> tokens, int t) {
        String lower = tokens.get(t).toLowerCase(Locale.ROOT);
        BiFunction<Integer, String, String> neighbour = (i, edge) ->
                i >= 0 && i < tokens.size() ? tokens.get(i).toLowerCase(Locale.ROOT) : edge;
        return switch (c) {
            case 0 -> lower;
            case 1 -> lower.substring(0, Math.min(3, lower.length()));
            case 2 -> lower.substring(Math.max(0, lower.length() - 3));
            case 3 -> TokenFeatures.shapeOf(tokens.get(t));
            case 4 -> neighbour.apply(t - 1, "<s>");
            default -> neighbour.apply(t + 1, "</s>");
        };
    }
}
