package dev.mlkatas.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of the forked test JVM: runs the named test classes and writes every test's outcome to a
 * results file, which the grader reads once this process has ended.
 *
 * <p>Example: {@code echo KEY | java -cp ... dev.mlkatas.runner.RunnerMain --results out.json --class a.BTest
 * --config jqwik.database=/tmp/db}, where KEY signs the results (see {@link ResultsSignature}).
 *
 * <p>The results file is written whole and moved into place only after every test has finished, so a
 * process that is killed, or that the code under test ends early, leaves no results file: the grader
 * reports that as an error, never as a pass.
 */
public final class RunnerMain {

    /** Exit code when the arguments are wrong; the grader treats any exit without results as an error. */
    static final int USAGE = 2;

    private RunnerMain() {}

    public static void main(String[] args) throws IOException {
        // The signing key comes first on standard input; the code under test then finds it empty.
        String key = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.setIn(InputStream.nullInputStream());
        if (key == null || key.isBlank()) {
            usage("the results key is missing from standard input");
        }
        Path results = null;
        List<DiscoverySelector> selectors = new ArrayList<>();
        Map<String, String> config = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--results" -> results = Path.of(value);
                case "--class" -> selectors.add(selectClass(value));
                case "--config" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        usage("--config takes key=value, not '" + value + "'");
                    }
                    config.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> usage("unknown option " + option);
            }
        }
        if (results == null || selectors.isEmpty()) {
            usage("--results FILE and at least one --class are required");
        }

        // Captured output becomes part of each test's result instead of mixing into this process's stdout.
        config.putIfAbsent("junit.platform.output.capture.stdout", "true");
        config.putIfAbsent("junit.platform.output.capture.stderr", "true");
        // Every setting is decided here, before any code under test is loaded: the grade seed, and the test
        // engines' settings from the command line and -D options, so that System.setProperty changes nothing.
        GradeSeeds.freeze();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("jqwik.") || name.startsWith("junit.")) {
                config.putIfAbsent(name, System.getProperty(name));
            }
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(config)
                .enableImplicitConfigurationParameters(false)
                .build();

        ResultRecorder recorder = new ResultRecorder();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, recorder);
        ResultsFile.write(results, recorder.results(), key);
        // Tests may leave non-daemon threads behind; they must not keep this JVM alive.
        System.exit(0);
    }

    private static void usage(String problem) {
        System.err.println("runner: " + problem);
        System.exit(USAGE);
    }
}
