package dev.mlkatas.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium for the tests that check a page in a real browser: Debian's {@code chromium} (or
 * {@code chromium-browser}) on the PATH, started with nothing that reaches the network on its own. Tests that
 * use it are skipped on a machine without one.
 *
 * <p>Example: {@code Optional<HeadlessChromium> chromium = HeadlessChromium.onPath();
 * assumeTrue(chromium.isPresent(), "no chromium on the PATH"); String dom = chromium.get().dumpDom(url, dir);}
 *
 * @param executable the browser's program
 */
public record HeadlessChromium(Path executable) {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser");

    /** The first Chromium on the PATH, or empty when there is none. */
    public static Optional<HeadlessChromium> onPath() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(folder, name);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The page at {@code url} as the browser's DOM after loading it; the browser's profile and its log
     * ({@code chromium.log}) go in {@code scratch}.
     */
    public String dumpDom(String url, Path scratch) throws IOException, InterruptedException {
        Process browser = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + scratch.resolve("profile"), "--dump-dom", url)
                .redirectError(scratch.resolve("chromium.log").toFile()).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(60, TimeUnit.SECONDS)).as("chromium ended after printing the page").isTrue();
        return dom;
    }
}
