package dev.mlkatas.sparsedense.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.HelpCheck;
import dev.mlkatas.sparsedense.FeatureVocabulary;
import dev.mlkatas.sparsedense.ProductText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sparse-dense experiment's command line and its messages. Provided code; grades nobody. */
@DisplayName("The sparse-dense experiment's command line")
class SparseDenseExperimentTest {

    @Test
    @DisplayName("bad input, exit 2: an unknown option alone is an unknown option, not one that needs a value")
    void unknownOptionAlone() {
        JobRun run = JobRun.of(SparseDenseExperiment::run, "--bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).startsWith("unknown option '--bogus'").contains("usage:");
    }

    @Test
    @DisplayName("bad input, exit 2: a rank that is not a number and one too large name the same real bound, before any output")
    void rankBound() {
        List<String> corpus = BackgroundCorpus.generate(43, 3000, Catalogue.of(42));
        int terms = FeatureVocabulary.of(corpus.stream().map(ProductText::wordFeatures).toList()).dimension();
        JobRun text = JobRun.of(SparseDenseExperiment::run, "--rank", "abc");
        JobRun large = JobRun.of(SparseDenseExperiment::run, "--rank", "5000");

        assertThat(terms).isLessThan(corpus.size());
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.error()).startsWith("--rank 'abc' is not a whole number from 1 to " + terms + " ");
        assertThat(large.exit()).isEqualTo(2);
        assertThat(large.error()).startsWith("--rank '5000' is not a whole number from 1 to " + terms + " ")
                .contains(terms + " distinct words").doesNotContain("cannot run");
        assertThat(large.out()).isEmpty();
    }

    @Test
    @DisplayName("the largest rank the message allows runs: with 100 background texts, rank 100")
    void largestRankRuns() {
        JobRun small = JobRun.of(SparseDenseExperiment::run, "--corpus", "100", "--rank", "101", "--sizes", "1", "--queries", "1");
        JobRun largest = JobRun.of(SparseDenseExperiment::run, "--corpus", "100", "--rank", "100", "--sizes", "1", "--queries", "1");

        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.error()).startsWith("--rank '101' is not a whole number from 1 to 100 ");
        assertThat(largest.exit()).as(largest.error()).isZero();
        assertThat(largest.out()).contains("dense: LSA of rank 100");
    }

    @Test
    @DisplayName("writes '1 relevant product', and the plural for any other count")
    void relevantProductsAgree() {
        JobRun run = JobRun.of(SparseDenseExperiment::run);

        assertThat(run.exit()).as(run.error()).isZero();
        Matcher examples = Pattern.compile("(\\d+) relevant product(s?)\\b").matcher(run.out());
        int seen = 0;
        while (examples.find()) {
            seen++;
            assertThat(examples.group(2)).as(examples.group()).isEqualTo(examples.group(1).equals("1") ? "" : "s");
        }
        assertThat(seen).isEqualTo(QueryKind.values().length);
        assertThat(run.out()).contains(": 1 relevant product\n");
    }

    @Test
    @DisplayName("--help explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(SparseDenseExperiment::run, new SparseDenseExperiment());
    }
}
