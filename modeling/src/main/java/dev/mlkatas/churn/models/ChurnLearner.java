package dev.mlkatas.churn.models;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import smile.base.cart.SplitRule;
import smile.classification.Classifier;
import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.transform.InvertibleColumnTransform;
import smile.data.vector.IntVector;
import smile.feature.transform.Standardizer;
import smile.math.MathEx;

/**
 * The three churn models, fitted with Smile: a function from rows of numbers and 0/1 labels to a scorer
 * that gives each new row its probability of the label 1. Fitting is seeded; the same rows and seed give
 * the same model.
 *
 * <p>Example: {@code double[] p = ChurnLearner.RANDOM_FOREST.fit(x, y, 7, 150).score(holdoutX);}
 */
public enum ChurnLearner {

    /** Logistic regression on features standardised with the training rows' means and deviations. */
    LOGISTIC_REGRESSION("logistic_regression", "logistic regression") {
        @Override
        public Scorer fit(double[][] x, int[] y, long seed, int trees) {
            String[] names = names(x[0].length);
            DataFrame frame = DataFrame.of(x, names);
            InvertibleColumnTransform standardizer = Standardizer.fit(frame);
            // A little L2 regularisation keeps one-hot columns that separate a fold perfectly finite.
            LogisticRegression.Binomial model = LogisticRegression.binomial(
                    standardizer.apply(frame).toArray(), y, 1e-3, 1e-6, 1000);
            return rows -> {
                double[][] standardised = standardizer.apply(DataFrame.of(rows, names)).toArray();
                double[] posterior = new double[2];
                double[] scores = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    model.predict(standardised[i], posterior);
                    scores[i] = posterior[1];
                }
                return scores;
            };
        }
    },

    /** Gradient-boosted trees: small trees (8 leaves), shrinkage 0.05, each on 70 % of the rows. */
    GRADIENT_BOOSTED_TREES("gradient_boosted_trees", "gradient-boosted trees") {
        @Override
        public Scorer fit(double[][] x, int[] y, long seed, int trees) {
            // Smile draws the subsamples from the calling thread's generator: seed it.
            MathEx.setSeed(seed);
            return scorer(GradientTreeBoost.fit(FORMULA, frame(x, y), trees, 20, 8, 20, 0.05, 0.7));
        }
    },

    /** A random forest: √p features tried at each split, leaves of at least 10 rows. */
    RANDOM_FOREST("random_forest", "random forest") {
        @Override
        public Scorer fit(double[][] x, int[] y, long seed, int trees) {
            int mtry = Math.max(1, (int) Math.floor(Math.sqrt(x[0].length)));
            // One seed per tree, so that the forest is the same however the trees are spread over threads.
            LongStream seeds = LongStream.range(0, trees).map(i -> seed * 1_000_003L + i);
            return scorer(RandomForest.fit(FORMULA, frame(x, y), trees, mtry, SplitRule.GINI, 20, 500, 10, 1.0, null, seeds));
        }
    };

    /** Gives each row a probability of the label 1. */
    @FunctionalInterface
    public interface Scorer {
        double[] score(double[][] rows);
    }

    private static final String RESPONSE = "label";
    private static final Formula FORMULA = Formula.lhs(RESPONSE);

    private final String key;
    private final String title;

    ChurnLearner(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The model's name in {@code summary.json}, e.g. {@code random_forest}. */
    public String key() {
        return key;
    }

    /** The model's name for people, e.g. {@code random forest}. */
    public String title() {
        return title;
    }

    /**
     * Fits the model.
     *
     * @param x one row of numbers per customer, no missing values
     * @param y each row's label, 0 or 1
     * @param seed the seed of every random choice of the fit
     * @param trees how many trees the tree ensembles grow (logistic regression ignores it)
     */
    public abstract Scorer fit(double[][] x, int[] y, long seed, int trees);

    /** Plain column names: Smile's formulas need names, and one-hot names like {@code plan=plus} are no good. */
    private static String[] names(int columns) {
        return IntStream.range(0, columns).mapToObj(c -> "x" + c).toArray(String[]::new);
    }

    /** Scores rows with a tree model's probability of class 1. */
    private static Scorer scorer(Classifier<Tuple> model) {
        return rows -> {
            DataFrame frame = DataFrame.of(rows, names(rows[0].length));
            double[] posterior = new double[2];
            double[] scores = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                model.predict(frame.get(i), posterior);
                scores[i] = posterior[1];
            }
            return scores;
        };
    }

    private static DataFrame frame(double[][] x, int[] y) {
        return DataFrame.of(x, names(x[0].length)).merge(IntVector.of(RESPONSE, y));
    }
}
