package dev.mlkatas.experiments.simulation;

import dev.mlkatas.experiments.data.Experiment;
import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.PlannedOrder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * A grocery experiment on the shared {@link GroceryWorld}: the treatment lowers the free-delivery threshold
 * from 40 to 30 dollars for the four weeks from {@link #FIRST_WEEK} of the world's two years, after the last
 * signups. The users are the world's customers who ordered in the four weeks before (the pre-period), by
 * customer number, each in the treatment with probability one half. Their orders are the world's own (days and
 * values, {@link GroceryWorld#plannedOrders}); the metric is spend in the experiment's four weeks, the
 * covariate spend in the pre-period, the denominator the orders of the experiment's weeks.
 *
 * <p>The treatment's true effect is planted on top of the world: in the experiment's weeks each order of a
 * treated user costs {@code basketChange} more (a negative change: smaller baskets) and, with chance
 * {@code orderLift}, is followed by one more like it. So a treated user places {@code 1 + orderLift} times the
 * orders at {@code 1 + basketChange} times the value, in expectation, whoever they are: spend per user changes
 * by {@link Truth#spendLift()} exactly, and the true difference of the means is that share of what the users
 * spend without the treatment, which the world tells ({@link Simulated#trueDifference()}).
 *
 * <p>Example: {@code Simulated s = FreeDeliveryExperiment.simulate(Truth.defaults(200_000, 7));}
 */
public final class FreeDeliveryExperiment {

    /** The experiment's first week of the world's 104, counted from 0: the weeks of signups are over. */
    public static final int FIRST_WEEK = 80;
    /** The length of the experiment and of the pre-period before it. */
    public static final int WEEKS = 4;

    /**
     * What the simulation makes true: users, the chance of an extra order, the relative change of an order's
     * value, and the seed of the world (and of the arms and the planted orders).
     */
    public record Truth(int users, double orderLift, double basketChange, long seed) {

        /** The seed of the job's default experiment: the world of the katas' default data. */
        public static final long DEFAULT_SEED = WorldSettings.DEFAULT_SEED;

        public Truth {
            if (users < 1) {
                throw new IllegalArgumentException("users must be positive, not " + users);
            }
            if (!(orderLift >= 0 && orderLift <= 1)) {
                throw new IllegalArgumentException("orderLift is a chance, from 0 to 1, not " + orderLift);
            }
            if (!(basketChange > -1)) {
                throw new IllegalArgumentException("basketChange must be more than -1, not " + basketChange);
            }
        }

        /** About 5 % more orders, baskets 3 % smaller. */
        public static Truth defaults(int users, long seed) {
            return new Truth(users, 0.05, -0.03, seed);
        }

        /** The true relative change of spend per user: the order rate and the basket both change. */
        public double spendLift() {
            return (1 + orderLift) * (1 + basketChange) - 1;
        }
    }

    /**
     * The experiment and its truth.
     *
     * @param experiment the users' rows, as the job analyses them
     * @param truth what was planted
     * @param untreatedMean the users' mean spend in the experiment's weeks without the treatment (both arms,
     *     the world's orders alone)
     */
    public record Simulated(Experiment experiment, Truth truth, double untreatedMean) {

        /** The difference of mean spend per user the treatment makes, in expectation: the truth to estimate. */
        public double trueDifference() {
            return truth.spendLift() * untreatedMean;
        }
    }

    private static final LocalDate PRE_PERIOD = WorldSettings.START.plusWeeks(FIRST_WEEK - WEEKS);
    private static final LocalDate START = WorldSettings.START.plusWeeks(FIRST_WEEK);
    private static final LocalDate END = START.plusWeeks(WEEKS);
    /** Customers drawn at a time, on every core. */
    private static final int BLOCK = 16_384;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ROOT);

    private FreeDeliveryExperiment() {
    }

    public static Simulated simulate(Truth truth) {
        SplittableRandom arms = new SplittableRandom(truth.seed());
        SplittableRandom planted = arms.split();
        boolean[] inTreatment = new boolean[truth.users()];
        int treated = 0;
        for (int i = 0; i < inTreatment.length; i++) {
            inTreatment[i] = arms.nextBoolean();
            treated += inTreatment[i] ? 1 : 0;
        }
        double[][] t = new double[3][treated];
        double[][] c = new double[3][truth.users() - treated];
        // Every customer the world may hold: customers are drawn one by one, the same whatever the world's size.
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(Integer.MAX_VALUE, truth.seed()));
        int user = 0;
        int ti = 0;
        int ci = 0;
        double untreated = 0;
        for (int from = 0; user < inTreatment.length; from += BLOCK) {
            // Customers are independent: a block of them is drawn on every core, then taken in order.
            Orders[] block = IntStream.range(from, from + BLOCK).parallel()
                    .mapToObj(index -> Orders.of(world, world.customer(index))).toArray(Orders[]::new);
            for (int b = 0; b < BLOCK && user < inTreatment.length; b++) {
                Orders customer = block[b];
                if (customer.preSpend() == 0) {
                    continue;
                }
                boolean arm = inTreatment[user];
                double spend = 0;
                int orders = 0;
                for (double value : customer.experiment()) {
                    int placed = arm && planted.nextDouble() < truth.orderLift() ? 2 : 1;
                    orders += placed;
                    spend += placed * (arm ? value * (1 + truth.basketChange()) : value);
                    untreated += value;
                }
                double[][] target = arm ? t : c;
                int at = arm ? ti++ : ci++;
                target[0][at] = cents(spend);
                target[1][at] = cents(customer.preSpend());
                target[2][at] = orders;
                user++;
            }
        }
        String source = String.format(Locale.ROOT, "the grocery world, seed %d: %,d customers who ordered from %s to"
                + " %s, the experiment from %s to %s", truth.seed(), truth.users(), DAY.format(PRE_PERIOD),
                DAY.format(START.minusDays(1)), DAY.format(START), DAY.format(END.minusDays(1)));
        Experiment experiment = new Experiment(source, "spend", "pre_spend", "orders", inTreatment,
                new Experiment.Arm(t[0], t[1], t[2]), new Experiment.Arm(c[0], c[1], c[2]));
        return new Simulated(experiment, truth, untreated / truth.users());
    }

    /** A customer's spend in the pre-period (0: not a user) and the values of their orders in the experiment. */
    private record Orders(double preSpend, double[] experiment) {

        static Orders of(GroceryWorld world, Customer customer) {
            double preSpend = 0;
            DoubleStream.Builder experiment = DoubleStream.builder();
            for (PlannedOrder order : world.plannedOrders(customer)) {
                LocalDate day = order.date();
                if (day.isBefore(PRE_PERIOD) || !day.isBefore(END)) {
                    continue;
                }
                if (day.isBefore(START)) {
                    preSpend += order.value();
                } else {
                    experiment.add(order.value());
                }
            }
            return new Orders(preSpend, experiment.build().toArray());
        }
    }

    private static double cents(double dollars) {
        return Math.round(dollars * 100) / 100.0;
    }
}
