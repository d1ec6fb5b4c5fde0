package dev.mlkatas.starter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StarterExportTest {

    @Test
    @DisplayName("a starter's catalogue entry loses its mutation record and the comment above it, nothing else")
    void dropsTheMutationRecord() {
        String yaml = """
                id: demo
                # What `kata run demo` starts.
                run:
                  main: demo.Main
                # Mutation testing of the suite against the reference.
                mutation:
                  score: 100
                  equivalent:
                    - mutant: "Demo.sum line 3: changed conditional boundary"
                      reason: >-
                        the loop ends one step later on an empty slot

                hints:
                  - first
                """;

        assertThat(StarterExport.withoutMutationRecord(yaml)).isEqualTo("""
                id: demo
                # What `kata run demo` starts.
                run:
                  main: demo.Main
                hints:
                  - first
                """);
    }

    @Test
    @DisplayName("an entry without a mutation record is kept as it is")
    void keepsAnEntryWithoutARecord() {
        String yaml = "id: demo\n# a comment\nrun:\n  main: demo.Main\n";

        assertThat(StarterExport.withoutMutationRecord(yaml)).isEqualTo(yaml);
    }
}
