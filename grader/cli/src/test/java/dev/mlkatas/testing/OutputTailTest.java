package dev.mlkatas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A forked JVM's output as the grader keeps it: the end only. */
class OutputTailTest {

    @Test
    @DisplayName("keeps the last bytes of a long stream and says how many it left out")
    void keepsTheEnd() {
        String text = "a".repeat(1_000_000) + "the end";
        OutputTail tail = OutputTail.drain(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024);

        String kept = tail.text(5_000);

        assertThat(kept).endsWith("a".repeat(1017) + "the end").startsWith("… (998983 bytes left out)");
        assertThat(tail.total()).isEqualTo(text.length());
    }

    @Test
    @DisplayName("keeps a short stream whole")
    void keepsShortStream() {
        OutputTail tail = OutputTail.drain(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), 64);

        assertThat(tail.text(5_000)).isEqualTo("hello\n");
    }
}
