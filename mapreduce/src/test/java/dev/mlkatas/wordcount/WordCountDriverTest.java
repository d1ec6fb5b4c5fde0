package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.wordcount.LocalJobs.Output;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.util.ReflectionUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole program end to end on LocalJobRunner, the way {@code ./kata run word-count} starts it: the
 * provided driver with your mapper and reducer, on files in a temporary folder. The driver's refusals that
 * do not depend on your code (bad options, a missing input, an output path in the way, a job failing on a
 * corrupt file) are tested apart and grade nobody: WordCountDriverInputTest in src/provided-test/java.
 */
@DisplayName("Task 1 end to end: the driver on LocalJobRunner")
class WordCountDriverTest {

    private static final List<String> POEM = DriverRun.POEM;
    private static final List<String> MORE = List.of("", "A 2nd file, a third line...", "Ünïcödé and unicode");

    @TempDir
    Path dir;

    private DriverRun run(String... args) throws Exception {
        return DriverRun.in(dir, args);
    }

    private Path write(String name, List<String> lines) throws IOException {
        return DriverRun.write(dir, name, lines);
    }

    private static Map<String, Long> counts(Path output) throws IOException {
        return Output.read(new org.apache.hadoop.fs.Path(output.toUri()), new Counters()).counts();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    @DisplayName("counts a folder of plain, gzip and bzip2 files, nested folders included, and prints the counters")
    void countsAFolderOfCompressedFiles() throws Exception {
        write("books/poem.txt", POEM);
        Path gz = dir.resolve("books/nested/more.txt.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((String.join("\n", MORE) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        BZip2Codec bzip2 = ReflectionUtils.newInstance(BZip2Codec.class, new Configuration());
        Path bz2 = dir.resolve("books/nested/poem.txt.bz2");
        try (OutputStream out = bzip2.createOutputStream(Files.newOutputStream(bz2))) {
            out.write((String.join("\n", POEM) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        DriverRun run = run(dir.resolve("books").toString(), dir.resolve("counts").toString());

        List<String> lines = concat(concat(POEM, POEM), MORE);
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(counts(dir.resolve("counts"))).containsExactlyInAnyOrderEntriesOf(SpecWords.count(lines));
        assertThat(dir.resolve("counts/_SUCCESS")).exists();
        assertThat(run.out())
                .containsPattern("lines +" + lines.size() + "\\b")
                .containsPattern("words +" + SpecWords.tokens(lines) + "\\b")
                .containsPattern("distinct words +" + SpecWords.count(lines).size() + "\\b")
                .containsPattern("invalid bytes replaced +0\\b");
    }

    @Test
    @DisplayName("replaces invalid UTF-8 with U+FFFD, which separates words, and counts the invalid bytes")
    void replacesInvalidUtf8() throws Exception {
        Path file = dir.resolve("broken.txt");
        byte[] bytes = {
            'c', 'a', 'f', (byte) 0xC3, ' ', 'o', 'k', '\n',                 // a lead byte with no continuation
            (byte) 0xFF, (byte) 0xFE, 'a', 'b', (byte) 0x80, 'c', 'd', '\n', // bytes that never occur in UTF-8
            'n', 'a', (byte) 0xC3, (byte) 0xAF, 'v', 'e', '\n'};             // a valid ï
        Files.write(file, bytes);

        DriverRun run = run(file.toString(), dir.resolve("counts").toString());

        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(counts(dir.resolve("counts"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("caf", 1L, "ok", 1L, "ab", 1L, "cd", 1L, "na\u00efve", 1L));
        assertThat(run.out()).containsPattern("invalid bytes replaced +4\\b");
    }

    @Test
    @DisplayName("with --top 3, writes the counts and the three most frequent words, and prints them")
    void findsTheTopWords() throws Exception {
        Path input = write("in.txt", List.of("b a b c", "c b d a", "e b a c"));

        DriverRun run = run("--top", "3", input.toString(), dir.resolve("out").toString());

        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(counts(dir.resolve("out/counts"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("a", 3L, "b", 4L, "c", 3L, "d", 1L, "e", 1L));
        assertThat(Files.readAllLines(dir.resolve("out/top/part-r-00000"))).containsExactly("b\t4", "a\t3", "c\t3");
        assertThat(run.out()).containsPattern("1\\. +b +4").containsPattern("2\\. +a +3").containsPattern("3\\. +c +3");
    }

    @Test
    @DisplayName("with no paths, counts the sample text into a new folder under kata-output/ and says where")
    void countsTheSampleByDefault() throws Exception {
        List<String> sample;
        try (InputStream in = WordCountDriver.class.getResourceAsStream("sample/the-devils-dictionary.txt")) {
            assertThat(in).as("the sample text on the class path").isNotNull();
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        DriverRun run = run();

        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        List<Path> outputs;
        try (Stream<Path> listing = Files.list(dir.resolve("kata-output"))) {
            outputs = listing.toList();
        }
        assertThat(outputs).singleElement().satisfies(output -> {
            assertThat(output.getFileName().toString()).matches("word-count-\\d{8}-\\d{6}");
            assertThat(run.out()).contains("kata-output/" + output.getFileName());
            assertThat(counts(output)).containsExactlyInAnyOrderEntriesOf(SpecWords.count(sample));
        });
    }

    @Test
    @DisplayName("into an output directory that already exists: one line naming it, exit code 2, nothing overwritten")
    void refusesAnExistingOutputDirectory() throws Exception {
        Path input = write("in.txt", POEM);
        Path output = dir.resolve("counts");
        assertThat(run(input.toString(), output.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(output.resolve("part-r-00000"));
        write("other.txt", List.of("other words entirely"));

        DriverRun again = run(dir.resolve("other.txt").toString(), output.toString());

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err().lines()).singleElement().asString()
                .contains("'" + output + "'").contains("already exists");
        assertThat(output.resolve("part-r-00000")).hasBinaryContent(before);
    }
}
