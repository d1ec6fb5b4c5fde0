package dev.mlkatas.ranking.rankers;

import java.io.Serializable;
import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import smile.base.cart.CART;
import smile.base.cart.InternalNode;
import smile.base.cart.LeafNode;
import smile.base.cart.Node;
import smile.base.cart.RegressionNode;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

/**
 * Gradient-boosted trees that learnt to rank from the search log: <b>LambdaMART</b> built on Smile's
 * regression trees.
 *
 * <p>Why LambdaMART and not Smile's {@code GradientTreeBoost} regression on the grades: regression
 * spends its trees on predicting every result's grade, results at the bottom of a page as much as at the
 * top, and on the level of scores across queries, which a ranking never compares. LambdaMART's gradients
 * ({@code LambdaGradients}) are pairwise within a query and weighted by how much each swap would change
 * NDCG, so the trees spend themselves on the top of each page. Smile has no ranking loss, but its
 * {@link RegressionTree} grows a tree on any {@link smile.base.cart.Loss}'s response and asks the loss for
 * each leaf's value, which is exactly LambdaMART's round: compute the λs, fit a tree to them, give each
 * leaf a Newton step, add it with shrinkage.
 *
 * <p>Position-debiased training ("improving the ranking over time"): give each example the weight
 * {@link Propensities#weight(int)} of the position it was shown at ({@link Propensities#reweigh}), so that
 * a purchase at position 8, which few shoppers scrolled down to, counts as much as the many it stands for.
 *
 * <p>A model is a value: immutable, fitted by {@link #fit}, explained by {@link #importance()} (for the
 * model) and {@link #contributions(FeatureVector)} (for one score).
 *
 * <p>Example: {@code LearnedRanker ranker = LearnedRanker.fit(queries, TrainingSettings.DEFAULTS);} then
 * {@code ranker.score(candidate, features)} and {@code ranker.contributions(features)}.
 */
public final class LearnedRanker implements Ranker, Serializable {

    private static final long serialVersionUID = 1L;

    /** The name the command line knows it by. */
    public static final String NAME = "ltr";

    private static final Feature[] FEATURES = Feature.values();

    private final StructType schema;
    private final RegressionTree[] trees;
    private final TrainingSettings settings;
    private final double baseline;
    private final Map<Feature, Double> importance;

    private LearnedRanker(StructType schema, RegressionTree[] trees, TrainingSettings settings) {
        this.schema = schema;
        this.trees = trees;
        this.settings = settings;
        double expected = 0;
        double[] gain = new double[FEATURES.length];
        for (RegressionTree tree : trees) {
            expected += settings.shrinkage() * expectedOutput(tree.root());
            double[] treeGain = tree.importance();
            for (int f = 0; f < gain.length; f++) {
                gain[f] += treeGain[f];
            }
        }
        this.baseline = expected;
        double total = 0;
        for (double g : gain) {
            total += g;
        }
        Map<Feature, Double> shares = new EnumMap<>(Feature.class);
        for (Feature feature : FEATURES) {
            shares.put(feature, total > 0 ? gain[feature.ordinal()] / total : 0.0);
        }
        this.importance = Collections.unmodifiableMap(shares);
    }

    /**
     * Trains LambdaMART on the searches of a log.
     *
     * <p>Example: {@code fit(List.of(new TrainingQuery("fish", examples)), TrainingSettings.DEFAULTS)}.
     *
     * @param queries one per search, each with the results it showed; queries whose results all have the
     *     same grade teach nothing and are left out
     * @throws IllegalArgumentException if no query shows two results of different grades, or a feature is
     *     not a finite number (naming the query and the example)
     */
    public static LearnedRanker fit(List<TrainingQuery> queries, TrainingSettings settings) {
        List<TrainingQuery> useful = new ArrayList<>();
        int examples = 0;
        for (TrainingQuery query : queries) {
            if (query.shown().stream().mapToInt(TrainingExample::grade).distinct().count() > 1) {
                useful.add(query);
                examples += query.shown().size();
            }
        }
        if (useful.isEmpty()) {
            throw new IllegalArgumentException("nothing to learn from: none of the " + queries.size()
                    + " training queries shows two results with different grades");
        }
        double[][] x = new double[examples][];
        int[] grade = new int[examples];
        double[] weight = new double[examples];
        int[] queryStart = new int[useful.size() + 1];
        int at = 0;
        for (int q = 0; q < useful.size(); q++) {
            queryStart[q] = at;
            List<TrainingExample> shown = useful.get(q).shown();
            for (int e = 0; e < shown.size(); e++) {
                x[at] = finiteFeatures(useful.get(q).query(), e, shown.get(e).features());
                grade[at] = shown.get(e).grade();
                weight[at] = shown.get(e).weight();
                at++;
            }
        }
        queryStart[useful.size()] = at;

        String[] names = new String[FEATURES.length];
        for (Feature feature : FEATURES) {
            names[feature.ordinal()] = feature.label();
        }
        DataFrame frame = DataFrame.of(x, names);
        int[][] order = CART.order(frame);
        StructField response = new StructField("lambda", DataTypes.DoubleType);
        LambdaGradients gradients = new LambdaGradients(queryStart, grade, weight);
        double[] scores = new double[examples];
        int[] samples = new int[examples];
        Random random = new Random(settings.seed());
        RegressionTree[] trees = new RegressionTree[settings.trees()];
        for (int t = 0; t < trees.length; t++) {
            gradients.update(scores);
            boolean any = false;
            for (int q = 0; q < useful.size(); q++) {
                boolean sampled = random.nextDouble() < settings.subsample();
                Arrays.fill(samples, queryStart[q], queryStart[q + 1], sampled ? 1 : 0);
                any |= sampled;
            }
            if (!any) {
                Arrays.fill(samples, 1); // a handful of queries can all miss the draw: a tree needs examples
            }
            // A tree of maxNodes leaves is never deeper than maxNodes - 1: the leaves bound the depth.
            trees[t] = new RegressionTree(frame, gradients, response, settings.maxNodes(),
                    settings.maxNodes(), settings.minLeafSize(), FEATURES.length, samples, order);
            for (int i = 0; i < examples; i++) {
                scores[i] += settings.shrinkage() * trees[t].predict(frame.get(i));
            }
        }
        return new LearnedRanker(frame.schema(), trees, settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(Candidate candidate, FeatureVector features) {
        return score(features);
    }

    /** The score of a (query, product) pair from its features alone. */
    public double score(FeatureVector features) {
        Tuple row = Tuple.of(features.toArray(), schema);
        double score = 0;
        for (RegressionTree tree : trees) {
            score += settings.shrinkage() * tree.predict(row);
        }
        return score;
    }

    /**
     * What each feature did to one score: its SHAP value summed over the trees (Smile's TreeSHAP, exact
     * for trees). They add up to {@code score(features) - baseline()}: a positive value lifted the result
     * above the average training example, a negative one held it down. This is what the search command
     * prints as the features that drove a result.
     *
     * <p>Example: for a salmon fillet under "fish", {@code contributions(features).get(Feature.INTENT_AISLE)}
     * is typically the largest.
     */
    public Map<Feature, Double> contributions(FeatureVector features) {
        Tuple row = Tuple.of(features.toArray(), schema);
        double[] sum = new double[FEATURES.length];
        for (RegressionTree tree : trees) {
            if (tree.root() instanceof LeafNode) {
                continue; // a tree that never split gives every example the same value: no feature moved it
            }
            double[] shap = tree.shap(row);
            for (int f = 0; f < sum.length; f++) {
                sum[f] += settings.shrinkage() * shap[f];
            }
        }
        Map<Feature, Double> contributions = new EnumMap<>(Feature.class);
        for (Feature feature : FEATURES) {
            contributions.put(feature, sum[feature.ordinal()]);
        }
        return contributions;
    }

    /** The average score over the training examples the trees were grown on: where contributions start from. */
    public double baseline() {
        return baseline;
    }

    /**
     * Each feature's share of the trees' total split gain (the squared-error reduction of the λs its
     * splits bought), summing to 1: which features the model relies on overall.
     */
    public Map<Feature, Double> importance() {
        return importance;
    }

    /** How many trees the model adds up. */
    public int trees() {
        return trees.length;
    }

    public TrainingSettings settings() {
        return settings;
    }

    private static double[] finiteFeatures(String query, int example, FeatureVector features) {
        double[] values = features.toArray();
        for (Feature feature : FEATURES) {
            if (!Double.isFinite(values[feature.ordinal()])) {
                throw new IllegalArgumentException("training query '" + query + "', example " + (example + 1)
                        + ": feature " + feature.label() + " is " + values[feature.ordinal()]
                        + ", not a finite number");
            }
        }
        return values;
    }

    /** A tree's average output over the examples it was grown on, leaves weighted by how many each holds. */
    private static double expectedOutput(Node root) {
        double[] sums = new double[2];
        addLeaves(root, sums);
        return sums[1] > 0 ? sums[0] / sums[1] : 0;
    }

    private static void addLeaves(Node node, double[] sums) {
        if (node instanceof InternalNode internal) {
            addLeaves(internal.trueChild(), sums);
            addLeaves(internal.falseChild(), sums);
        } else if (node instanceof RegressionNode leaf) {
            sums[0] += leaf.size() * leaf.output();
            sums[1] += leaf.size();
        }
    }
}
