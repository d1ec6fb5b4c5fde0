package dev.mlkatas.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LocalRunner: LocalJobRunner's settings for the katas' jobs")
class LocalRunnerTest {

    private static final Path SCRATCH = Path.of("/scratch/job");

    @Test
    @DisplayName("keeps Hadoop's files in the scratch folder and runs as many map and reduce tasks as slots")
    void scratchAndSlots() {
        Configuration conf = new Configuration(false);

        LocalRunner.configure(conf, SCRATCH, 3);

        assertThat(conf.get("mapreduce.framework.name")).isEqualTo("local");
        assertThat(conf.get("hadoop.tmp.dir")).isEqualTo("/scratch/job/tmp");
        assertThat(conf.get("mapreduce.jobtracker.staging.root.dir")).isEqualTo("/scratch/job/staging");
        assertThat(conf.get("mapreduce.cluster.local.dir")).isEqualTo("/scratch/job/local");
        assertThat(conf.getInt("mapreduce.local.map.tasks.maximum", 0)).isEqualTo(3);
        assertThat(conf.getInt("mapreduce.local.reduce.tasks.maximum", 0)).isEqualTo(3);
    }

    @Test
    @DisplayName("reducers that share the heap share the shuffle's 70 % of it")
    void reducersShareTheShuffleBuffer() {
        Configuration defaults = new Configuration();
        LocalRunner.configure(defaults, SCRATCH, 2);
        Configuration chosen = new Configuration(false);
        chosen.setFloat(LocalRunner.SHUFFLE_BUFFER, 0.6f);
        LocalRunner.configure(chosen, SCRATCH, 4);

        assertThat(defaults.getFloat(LocalRunner.SHUFFLE_BUFFER, 0)).isCloseTo(0.35f, within(1e-6f));
        assertThat(chosen.getFloat(LocalRunner.SHUFFLE_BUFFER, 0)).isCloseTo(0.15f, within(1e-6f));
    }

    @Test
    @DisplayName("refuses fewer than one slot")
    void refusesNoSlots() {
        assertThatThrownBy(() -> LocalRunner.configure(new Configuration(false), SCRATCH, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
