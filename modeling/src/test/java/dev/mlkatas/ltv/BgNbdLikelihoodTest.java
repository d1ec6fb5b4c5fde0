package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD log-likelihood on tiny inputs whose value can be worked out by hand from
 * L = Γ(r+x) α^r / Γ(r) · B(a, b+x) / B(a, b) · [(α+T)^-(r+x) + [x > 0] · a/(b+x-1) · (α+t_x)^-(r+x)].
 */
@DisplayName("Task 2: BgNbdLikelihood.of on hand-computed values")
class BgNbdLikelihoodTest {

    @Test
    @DisplayName("is ln(13/72) for x = 1, t_x = 1, T = 2 with r = alpha = a = b = 1 (the statement's example)")
    void statementsExample() {
        double ll = BgNbdLikelihood.of(new BgNbdParameters(1, 1, 1, 1), List.of(new RfmSummary(1, 1, 2, 0)));

        assertThat(ll).isCloseTo(Math.log(13.0 / 72), within(1e-12));
    }

    @Test
    @DisplayName("is r·ln(alpha / (alpha + T)) for a customer with no repeat: the chance of no purchase in T")
    void noRepeat() {
        double ll = BgNbdLikelihood.of(new BgNbdParameters(2, 3, 0.7, 4), List.of(new RfmSummary(0, 0, 5, 0)));

        assertThat(ll).isCloseTo(2 * Math.log(3.0 / 8), within(1e-12));
    }

    @Test
    @DisplayName("is 0 for a customer with no repeat observed for no time")
    void noTime() {
        assertThat(BgNbdLikelihood.of(new BgNbdParameters(0.5, 2, 1, 3), List.of(new RfmSummary(0, 0, 0, 0))))
                .isCloseTo(0, within(1e-12));
    }

    @Test
    @DisplayName("works out x = 2, t_x = 3, T = 5 with r = 2, alpha = 1, a = 1, b = 2 by hand")
    void twoRepeats() {
        // Γ(4)/Γ(2) · 1^2 = 6; B(1, 4)/B(1, 2) = (1/4)/(1/2) = 1/2; [6^-4 + 1/3 · 4^-4].
        double expected = Math.log(6 * 0.5 * (Math.pow(6, -4) + Math.pow(4, -4) / 3));

        double ll = BgNbdLikelihood.of(new BgNbdParameters(2, 1, 1, 2), List.of(new RfmSummary(2, 3, 5, 12.5)));

        assertThat(ll).isCloseTo(expected, within(1e-12));
    }

    @Test
    @DisplayName("works out x = 1, t_x = T = 4 with fractional parameters by hand")
    void fractionalParameters() {
        // r = 0.5, alpha = 2, a = 0.5, b = 1.5: Γ(1.5)/Γ(0.5) = 0.5; alpha^r = √2; B(0.5, 2.5)/B(0.5, 1.5) = 1.5/2 = 0.75;
        // [6^-1.5 + (0.5/1.5) · 6^-1.5] = (4/3) · 6^-1.5.
        double expected = Math.log(0.5 * Math.sqrt(2) * 0.75 * (4.0 / 3) * Math.pow(6, -1.5));

        double ll = BgNbdLikelihood.of(new BgNbdParameters(0.5, 2, 0.5, 1.5), List.of(new RfmSummary(1, 4, 4, 0)));

        assertThat(ll).isCloseTo(expected, within(1e-12));
    }

    /** The CDNOW estimates of Fader, Hardie and Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426. */
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    @DisplayName("agrees with the paper's formula at the CDNOW estimates for a customer with two repeats")
    void cdnowTwoRepeats() {
        List<RfmSummary> customer = List.of(new RfmSummary(2, 30.43, 38.86, 22.35));

        assertThat(BgNbdLikelihood.of(CDNOW, customer))
                .isCloseTo(BgNbdFormula.logLikelihood(CDNOW, customer), within(1e-9));
    }

    @Test
    @DisplayName("agrees with the paper's formula at the CDNOW estimates for a one-off buyer and a loyal one")
    void cdnowOneOffAndLoyal() {
        List<RfmSummary> oneOff = List.of(new RfmSummary(0, 0, 38.86, 0));
        List<RfmSummary> loyal = List.of(new RfmSummary(14, 38.5, 39, 40));

        assertThat(BgNbdLikelihood.of(CDNOW, oneOff)).isCloseTo(0.243 * Math.log(4.414 / (4.414 + 38.86)),
                within(1e-12));
        assertThat(BgNbdLikelihood.of(CDNOW, loyal)).isCloseTo(BgNbdFormula.logLikelihood(CDNOW, loyal),
                within(1e-9));
    }

    @Test
    @DisplayName("rises as the last of x purchases comes earlier: dropping out since then adds to the odds")
    void earlierLastPurchaseIsLikelier() {
        double recent = BgNbdLikelihood.of(CDNOW, List.of(new RfmSummary(3, 35, 39, 0)));
        double lapsed = BgNbdLikelihood.of(CDNOW, List.of(new RfmSummary(3, 5, 39, 0)));

        assertThat(lapsed).isNegative().isGreaterThan(recent);
    }

    @Test
    @DisplayName("sums the customers' log-likelihoods")
    void sumsCustomers() {
        BgNbdParameters parameters = new BgNbdParameters(1, 1, 1, 1);
        RfmSummary first = new RfmSummary(1, 1, 2, 0);
        RfmSummary second = new RfmSummary(0, 0, 3, 0);

        double together = BgNbdLikelihood.of(parameters, List.of(first, second, first));

        assertThat(together).isCloseTo(2 * Math.log(13.0 / 72) + Math.log(1.0 / 4), within(1e-12));
    }

    @Test
    @DisplayName("is 0 for no customers")
    void noCustomers() {
        assertThat(BgNbdLikelihood.of(new BgNbdParameters(1, 1, 1, 1), List.of())).isZero();
    }

    @Test
    @DisplayName("stays finite for a very loyal customer (x = 800): no overflow of Γ or of the powers")
    void largeFrequency() {
        double ll = BgNbdLikelihood.of(new BgNbdParameters(2.5, 0.5, 0.8, 15), List.of(new RfmSummary(800, 99.5, 100, 0)));

        assertThat(ll).isFinite();
    }

    @Test
    @DisplayName("ignores the monetary value")
    void ignoresMonetaryValue() {
        BgNbdParameters parameters = new BgNbdParameters(1.2, 3, 0.9, 2.5);

        assertThat(BgNbdLikelihood.of(parameters, List.of(new RfmSummary(3, 7, 10, 1000))))
                .isEqualTo(BgNbdLikelihood.of(parameters, List.of(new RfmSummary(3, 7, 10, 0))));
    }

    @Test
    @DisplayName("rejects null with a NullPointerException")
    void rejectsNull() {
        assertThatThrownBy(() -> BgNbdLikelihood.of(null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> BgNbdLikelihood.of(new BgNbdParameters(1, 1, 1, 1), null))
                .isInstanceOf(NullPointerException.class);
    }
}
