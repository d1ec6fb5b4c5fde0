package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ltv.probabilistic.BgNbdModel;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fitting by maximum likelihood, with your log-likelihood inside: data simulated from random BG/NBD
 * parameters must give them back, within a tolerance that shrinks as the sample grows, and the fitted
 * model's forecasts must behave.
 */
@Label("Task 2: fitting BG/NBD to simulated customers")
class BgNbdFitPropertiesTest {

    private static final int SMALL = 1_000;
    private static final int LARGE = 8_000;

    /** Parameters in the range of real shops, watched for 30 to 80 weeks. */
    @Provide
    Arbitrary<BgNbdParameters> truths() {
        return Combinators.combine(
                Arbitraries.doubles().between(0.5, 2.0), Arbitraries.doubles().between(2, 10),
                Arbitraries.doubles().between(0.6, 2.0), Arbitraries.doubles().between(2, 10))
                .as(BgNbdParameters::new);
    }

    @Property(tries = 4)
    @Label("recovers r, alpha, a and b within 5 standard errors, and the errors shrink from 1,000 to 8,000 customers")
    void recoversTheParameters(@ForAll("truths") BgNbdParameters truth, @ForAll long seed) {
        List<RfmSummary> few = BgNbdSimulation.customers(truth, SMALL, 30, 80, seed);
        List<RfmSummary> many = BgNbdSimulation.customers(truth, LARGE, 30, 80, seed + 1);
        requireTheFormula(truth, few);
        BgNbdModel small = BgNbdModel.fit(few);
        BgNbdModel large = BgNbdModel.fit(many);

        double[] actual = {truth.r(), truth.alpha(), truth.a(), truth.b()};
        for (BgNbdModel model : List.of(small, large)) {
            double[] fitted = values(model.parameters());
            for (int i = 0; i < 4; i++) {
                double error = model.standardErrors()[i];
                assertThat(error).as("standard error of parameter %d, fitted %s to %s", i, model.parameters(), truth)
                        .isPositive().isFinite();
                assertThat(Math.abs(fitted[i] - actual[i])).as("parameter %d: fitted %s, truth %s", i, model.parameters(), truth)
                        .isLessThanOrEqualTo(5 * error);
            }
        }
        for (int i = 0; i < 4; i++) {
            // Errors shrink like 1/sqrt(n): 8 times the customers, about 2.8 times smaller.
            assertThat(large.standardErrors()[i] / values(large.parameters())[i])
                    .as("relative standard error of parameter %d", i)
                    .isLessThan(small.standardErrors()[i] / values(small.parameters())[i] / 1.5);
        }
    }

    @Property(tries = 4)
    @Label("the fitted model gives P(alive) = 1 to every customer without a repeat purchase, and below 1 to the others")
    void probabilityAlive(@ForAll("truths") BgNbdParameters truth, @ForAll long seed) {
        List<RfmSummary> customers = BgNbdSimulation.customers(truth, SMALL, 30, 80, seed);
        requireTheFormula(truth, customers);
        BgNbdModel model = BgNbdModel.fit(customers);

        for (RfmSummary customer : customers) {
            double alive = model.probabilityAlive(customer);
            if (customer.frequency() == 0) {
                assertThat(alive).as("%s", customer).isEqualTo(1.0);
            } else {
                assertThat(alive).as("%s", customer).isBetween(0.0, 1.0);
            }
        }
    }

    @Property(tries = 4)
    @Label("the fitted model expects more transactions the longer it looks ahead, and none in no time")
    void expectedTransactionsGrowWithTime(@ForAll("truths") BgNbdParameters truth, @ForAll long seed) {
        List<RfmSummary> customers = BgNbdSimulation.customers(truth, SMALL, 30, 80, seed);
        requireTheFormula(truth, customers);
        BgNbdModel model = BgNbdModel.fit(customers);

        for (RfmSummary customer : customers.subList(0, 200)) {
            assertThat(model.expectedTransactions(customer, 0)).isZero();
            double before = 0;
            for (double t : new double[] {1, 4, 13, 26, 52, 104}) {
                double expected = model.expectedTransactions(customer, t);
                assertThat(expected).as("%s over %s", customer, t).isGreaterThan(before);
                before = expected;
            }
        }
    }

    /**
     * Checks the log-likelihood before fitting with it: a wrong one can send the optimiser searching until the
     * kata's time limit, and then no test would say why.
     */
    private static void requireTheFormula(BgNbdParameters truth, List<RfmSummary> customers) {
        List<RfmSummary> some = customers.subList(0, 100);
        double ll = BgNbdLikelihood.of(truth, some);
        assertThat(ll).as("log-likelihood of 100 simulated customers at %s, before fitting", truth).isFinite()
                .isNegative().isCloseTo(BgNbdFormula.logLikelihood(truth, some), within(1e-7));
    }

    private static double[] values(BgNbdParameters p) {
        return new double[] {p.r(), p.alpha(), p.a(), p.b()};
    }
}
