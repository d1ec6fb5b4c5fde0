package dev.mlkatas.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchRecordTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the java launcher reads back every recorded argument as it was, spaces, quotes and backslashes too")
    void argumentsSurviveTheArgumentFile() throws Exception {
        String awkward = "a \"quoted\" value, C:\\folder\\with space";
        LaunchRecord.of(dir, "ranking", "search").orElseThrow().write(Path.of("/usr/bin/java"), dir,
                dir.resolve("m2"), List.of("-Dkata.awkward=" + awkward, "-XshowSettings:properties", "-version"),
                List.of(dir));

        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + dir.resolve("ranking.search.args")).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).as(out).isZero();
        assertThat(out).contains("kata.awkward = " + awkward);
    }

    @Test
    @DisplayName("the record names the JVM, the repository, the local Maven repository and what it watches")
    void recordsWhatTheLaunchWasMadeFrom() throws IOException {
        LaunchRecord.of(dir, "ranking", "search").orElseThrow().write(Path.of("/jdk/bin/java"), Path.of("/repo"),
                Path.of("/home/me/.m2/repository"), List.of("demo.Main"), List.of(Path.of("/repo/kata.yaml")));

        assertThat(Files.readString(dir.resolve("ranking.search.launch"))).isEqualTo("""
                java /jdk/bin/java
                root /repo
                m2 /home/me/.m2/repository
                watch /repo/kata.yaml
                """);
        assertThat(Files.readString(dir.resolve("ranking.search.args"))).isEqualTo("\"demo.Main\"\n");
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing half-written left behind").hasSize(2);
        }
    }

    @Test
    @DisplayName("delete removes both files, and a kata or command the script would not look up gets no record")
    void deletesAndRefuses() throws IOException {
        LaunchRecord record = LaunchRecord.of(dir, "ranking", "search").orElseThrow();
        record.write(Path.of("/jdk/bin/java"), dir, dir, List.of("demo.Main"), List.of(dir));
        record.delete();

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(LaunchRecord.of(dir, "ranking", "../search")).isEmpty();
        assertThat(LaunchRecord.of(dir, "Ranking", "search")).isEmpty();
        assertThat(LaunchRecord.of(dir, "ranking", "--port")).isEmpty();
    }
}
