package dev.mlkatas.crf.training;

import dev.mlkatas.crf.BioTags;
import dev.mlkatas.crf.ChainGradient;
import dev.mlkatas.crf.ChainScores;
import dev.mlkatas.crf.LinearChainCrf;
import dev.mlkatas.crf.data.TaggedQuery;
import dev.mlkatas.crf.features.FeatureAlphabet;
import java.util.Arrays;
import java.util.List;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * Trains the taggers of the experiment by maximum likelihood with an L2 penalty, minimised by L-BFGS
 * (Smile's {@link BFGS}). Every gradient comes from {@link LinearChainCrf#gradient}: the chain rule takes it
 * from the scores to the weights that produced them.
 *
 * <p>Example: {@code CrfModel crf = CrfTrainer.trainCrf(train, FeatureAlphabet.of(train), Settings.DEFAULT)}.
 *
 * <p>The per-token classifier is the same model with every token a chain of its own, so its likelihood is
 * the softmax's: the two taggers differ only in the transition layer.
 */
public final class CrfTrainer {

    /**
     * @param l2 the weight of the penalty {@code l2 / 2 · ||θ||²}
     * @param iterations the most L-BFGS iterations
     */
    public record Settings(double l2, int iterations) {

        public static final Settings DEFAULT = new Settings(1.0, 200);
    }

    private static final int LABELS = BioTags.TAGS.size();
    private static final int MEMORY = 10;
    private static final double GRADIENT_TOLERANCE = 1e-5;

    private CrfTrainer() {
    }

    /** The per-token classifier: emission weights only, each token judged alone. */
    public static EmissionModel trainSoftmax(List<TaggedQuery> train, FeatureAlphabet alphabet, Settings settings) {
        Objective objective = new Objective(prepare(train, alphabet), alphabet.size(), null, true, settings.l2());
        double[] x = minimise(objective, settings);
        return new EmissionModel(alphabet, Arrays.copyOf(x, objective.weightCount), LABELS);
    }

    /** The full CRF: emission weights, transitions and start scores, learned together. */
    public static CrfModel trainCrf(List<TaggedQuery> train, FeatureAlphabet alphabet, Settings settings) {
        Objective objective = new Objective(prepare(train, alphabet), alphabet.size(), null, false, settings.l2());
        double[] x = minimise(objective, settings);
        EmissionModel emissions = new EmissionModel(alphabet, Arrays.copyOf(x, objective.weightCount), LABELS);
        return new CrfModel(emissions, objective.transitions(x), objective.start(x));
    }

    /** A transition layer on top of frozen per-token scores: only transitions and start scores are learned. */
    public static CrfModel trainTransitions(List<TaggedQuery> train, EmissionModel frozen, Settings settings) {
        Objective objective = new Objective(prepare(train, frozen.alphabet()), 0, frozen, false, settings.l2());
        double[] x = minimise(objective, settings);
        return new CrfModel(frozen, objective.transitions(x), objective.start(x));
    }

    private static double[] minimise(Objective objective, Settings settings) {
        double[] x = new double[objective.size()];
        BFGS.minimize(objective, MEMORY, x, GRADIENT_TOLERANCE, settings.iterations());
        return x;
    }

    private record Example(int[][] features, int[] labels) {
    }

    private static Example[] prepare(List<TaggedQuery> queries, FeatureAlphabet alphabet) {
        return queries.stream().map(q -> new Example(alphabet.featurize(q.tokens()), q.tagIndices()))
                .toArray(Example[]::new);
    }

    /**
     * The penalised negative log-likelihood of the training set. Parameters are laid out as
     * {@code [weights (features × labels)] [transitions (labels × labels)] [start (labels)]}, the last two
     * absent for the per-token classifier, the first absent when the emissions are frozen.
     */
    private static final class Objective implements DifferentiableMultivariateFunction {

        private final Example[] examples;
        private final int weightCount;
        private final EmissionModel frozen;
        private final boolean perToken;
        private final double l2;
        private final double[][][] frozenEmissions;

        Objective(Example[] examples, int features, EmissionModel frozen, boolean perToken, double l2) {
            this.examples = examples;
            this.weightCount = features * LABELS;
            this.frozen = frozen;
            this.perToken = perToken;
            this.l2 = l2;
            this.frozenEmissions = frozen == null ? null
                    : Arrays.stream(examples).map(e -> frozen.emissions(e.features())).toArray(double[][][]::new);
        }

        int size() {
            return weightCount + (perToken ? 0 : LABELS * LABELS + LABELS);
        }

        double[][] transitions(double[] x) {
            double[][] transitions = new double[LABELS][LABELS];
            for (int a = 0; a < LABELS; a++) {
                System.arraycopy(x, weightCount + a * LABELS, transitions[a], 0, LABELS);
            }
            return transitions;
        }

        double[] start(double[] x) {
            int from = weightCount + LABELS * LABELS;
            return Arrays.copyOfRange(x, from, from + LABELS);
        }

        @Override
        public double f(double[] x) {
            return g(x, new double[x.length]);
        }

        @Override
        public double g(double[] x, double[] gradient) {
            Arrays.fill(gradient, 0);
            double loss = 0;
            double[][] transitions = perToken ? new double[LABELS][LABELS] : transitions(x);
            double[] start = perToken ? new double[LABELS] : start(x);
            for (int e = 0; e < examples.length; e++) {
                Example example = examples[e];
                double[][] emissions = frozen != null ? frozenEmissions[e] : emissions(x, example.features());
                if (perToken) {
                    for (int t = 0; t < emissions.length; t++) {
                        ChainScores token = new ChainScores(new double[][] {emissions[t]}, transitions, start);
                        ChainGradient g = LinearChainCrf.gradient(token, new int[] {example.labels()[t]});
                        loss -= g.logLikelihood();
                        addWeights(gradient, new int[][] {example.features()[t]}, g.emissions());
                    }
                    continue;
                }
                ChainScores chain = new ChainScores(emissions, transitions, start);
                ChainGradient g = LinearChainCrf.gradient(chain, example.labels());
                loss -= g.logLikelihood();
                if (frozen == null) {
                    addWeights(gradient, example.features(), g.emissions());
                }
                for (int a = 0; a < LABELS; a++) {
                    for (int b = 0; b < LABELS; b++) {
                        gradient[weightCount + a * LABELS + b] -= g.transitions()[a][b];
                    }
                    gradient[weightCount + LABELS * LABELS + a] -= g.start()[a];
                }
            }
            for (int i = 0; i < x.length; i++) {
                loss += 0.5 * l2 * x[i] * x[i];
                gradient[i] += l2 * x[i];
            }
            return loss;
        }

        private double[][] emissions(double[] x, int[][] features) {
            double[][] emissions = new double[features.length][LABELS];
            for (int t = 0; t < features.length; t++) {
                for (int f : features[t]) {
                    for (int y = 0; y < LABELS; y++) {
                        emissions[t][y] += x[f * LABELS + y];
                    }
                }
            }
            return emissions;
        }

        /**
         * The chain rule: a weight's gradient is the sum of the emission gradients of the tokens that have its feature.
         */
        private static void addWeights(double[] gradient, int[][] features, double[][] emissionGradient) {
            for (int t = 0; t < features.length; t++) {
                for (int f : features[t]) {
                    for (int y = 0; y < LABELS; y++) {
                        // Minus: the objective is the negative log-likelihood.
                        gradient[f * LABELS + y] -= emissionGradient[t][y];
                    }
                }
            }
        }
    }
}
