package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the driver puts a failed task's exception, as LocalJobRunner hands it over, in one line. */
@DisplayName("A failed task's exception in one line")
class JobMonitorTest {

    @Test
    @DisplayName("a read error: its message, which names the file")
    void aReadErrorIsItsMessage() {
        Exception logged = new Exception(new IOException("/books/bad.gz: not a gzip file\nmore detail"));

        assertThat(JobMonitor.describe(logged)).isEqualTo("/books/bad.gz: not a gzip file");
    }

    @Test
    @DisplayName("any other exception: its class, its message and the line of the kata's code it came from")
    void aBugNamesItsClassAndLine() {
        Exception logged = new Exception(new IllegalStateException("no words"));

        assertThat(JobMonitor.describe(logged))
                .matches("IllegalStateException: no words \\(at JobMonitorTest\\.java:\\d+\\)");
    }
}
