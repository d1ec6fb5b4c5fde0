package dev.mlkatas.ranking.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.online.BootstrapInterval;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.AbTest;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.InterleavingTest;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.NotTested;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.Readout;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.Significance;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.Tested;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The A/B test's significance, computed with the experiments kata's two-proportion z-test and sample size
 * (their references here), and what the readout keeps when they cannot answer.
 */
@DisplayName("online experiment: the A/B test's z-test and sample size come from the experiments kata")
class OnlineExperimentStatisticsTest {

    @Test
    @DisplayName("200 of 1,000 against 250 of 1,000: z = 2.677, p = 0.0074, the textbook's figures")
    void zTestOfTheTextbookExample() {
        Tested tested = (Tested) OnlineExperiment.significance(200, 250, 1000);

        assertThat(tested.zTest().difference()).isCloseTo(0.05, within(1e-15));
        assertThat(tested.zTest().statistic()).isCloseTo(2.6774, within(1e-4));
        assertThat(tested.zTest().pValue()).isCloseTo(0.007420, within(1e-6));
        assertThat(tested.zTest().low()).isPositive();
    }

    @Test
    @DisplayName("10 % against 12 % needs 3,841 searches per arm; 10 % against 8 %, 3,213: the change from A's rate")
    void searchesNeededAreForTheChangeSeenFromTheControlsRate() {
        assertThat(((Tested) OnlineExperiment.significance(100, 120, 1000)).searchesPerArmNeeded()).isEqualTo(3841);
        assertThat(((Tested) OnlineExperiment.significance(100, 80, 1000)).searchesPerArmNeeded()).isEqualTo(3213);
    }

    @Test
    @DisplayName("equal rates: a z of 0, p = 1, and no sample size detects a difference of 0")
    void equalRatesNeedNoSampleSize() {
        Tested tested = (Tested) OnlineExperiment.significance(300, 300, 1000);

        assertThat(tested.zTest().statistic()).isZero();
        assertThat(tested.zTest().pValue()).isEqualTo(1.0);
        assertThat(tested.searchesPerArmNeeded()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    @DisplayName("no search converted in either arm: no z-test, and the reason is the test's own")
    void noVariationIsNotTested() {
        Significance significance = OnlineExperiment.significance(0, 0, 1000);

        assertThat(significance).isInstanceOf(NotTested.class);
        assertThat(((NotTested) significance).reason()).contains("none");
    }

    @Test
    @DisplayName("an unfinished experiments kata: the stub's sentence is the reason, and the readout keeps the rest")
    void unfinishedStatisticsAreSkippedInOneLine() {
        String stub = "The two-proportion z-test is yours to write: task 2 says which variance goes where.";
        Significance significance = OnlineExperiment.significance(() -> {
            throw new UnsupportedOperationException(stub);
        });
        AbTest abTest = new AbTest(200, 250, 1000,
                BootstrapInterval.ofDifference(200, 1000, 250, 1000, 0.95, 200, 1), significance);
        Readout readout = new Readout("a", "b", abTest, new InterleavingTest(1000, 300, 400, 0.001, 900));

        assertThat(significance).isEqualTo(
                new NotTested("the experiments kata's statistics are not written yet (" + stub + ")"));
        assertThat(abTest.difference()).isCloseTo(0.05, within(1e-15));
        assertThat(readout.interleavingAdvantage()).isNaN();
    }

    @Test
    @DisplayName("interleaving's advantage: both arms' searches over the interleaved ones")
    void interleavingAdvantageCountsBothArms() {
        Significance tested = OnlineExperiment.significance(100, 120, 1000);
        AbTest abTest = new AbTest(100, 120, 1000,
                BootstrapInterval.ofDifference(100, 1000, 120, 1000, 0.95, 200, 1), tested);

        Readout readout = new Readout("a", "b", abTest, new InterleavingTest(1000, 300, 400, 0.001, 384));

        assertThat(readout.interleavingAdvantage()).isCloseTo(2.0 * 3841 / 384, within(1e-12));
    }
}
