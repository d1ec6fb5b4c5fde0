package dev.mlkatas.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to a launcher run and turns it into one {@link TestResult} per test, including the tests that
 * never ran because their class failed to start: those count as failed, with the class's reason.
 */
final class ResultRecorder implements TestExecutionListener {

    private static final int MAX_MESSAGE = 4_000;
    private static final int MAX_OUTPUT = 4_000;
    private static final Pattern SEED = Pattern.compile("\\bseed\\s*=\\s*(-?\\d+)");
    private static final List<String> FRAMEWORK_PACKAGES = List.of(
            "org.junit.", "org.assertj.", "org.opentest4j.", "net.jqwik.", "java.", "javax.", "jdk.", "sun.");

    private TestPlan plan;
    private final Map<String, Long> started = new HashMap<>();
    private final Map<String, TestResult> finished = new LinkedHashMap<>();
    private final Map<String, String> containerFailures = new HashMap<>();
    private final Map<String, StringBuilder> output = new HashMap<>();
    private final Map<String, String> seeds = new HashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            record(id, "skipped", reason == null ? "" : reason, "");
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        for (Map.Entry<String, String> pair : entry.getKeyValuePairs().entrySet()) {
            String key = pair.getKey();
            String value = pair.getValue();
            if (key.equals("stdout") || key.equals("stderr")) {
                output.computeIfAbsent(id.getUniqueId(), k -> new StringBuilder()).append(value);
            } else {
                Matcher seed = SEED.matcher(value);
                if (seed.find()) {
                    seeds.put(id.getUniqueId(), seed.group(1));
                }
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        String message = result.getThrowable().map(RecordingSupport::describe).orElse("");
        String location = result.getThrowable().map(t -> RecordingSupport.location(t, FRAMEWORK_PACKAGES)).orElse("");
        String status = switch (result.getStatus()) {
            case SUCCESSFUL -> "passed";
            case ABORTED -> "aborted";
            case FAILED -> "failed";
        };
        if (id.isTest()) {
            record(id, status, message, location);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            containerFailures.put(id.getUniqueId(), message.isEmpty() ? status : message);
        }
    }

    /** Every test of the plan, in the order the plan lists them, each with an outcome. */
    List<TestResult> results() {
        List<TestResult> all = new ArrayList<>(finished.values());
        if (plan != null) {
            for (TestIdentifier root : plan.getRoots()) {
                for (TestIdentifier id : plan.getDescendants(root)) {
                    if (id.isTest() && !finished.containsKey(id.getUniqueId())) {
                        String reason = failedAncestor(id)
                                .map(why -> "did not run: " + why)
                                .orElse("did not run");
                        all.add(result(id, "failed", reason, "", 0));
                    }
                }
            }
            // A container that failed before any of its tests was known (for example a class that cannot be
            // initialised and had no statically known tests) still shows up, as one failed entry.
            for (Map.Entry<String, String> failure : containerFailures.entrySet()) {
                TestIdentifier container = plan.getTestIdentifier(failure.getKey());
                boolean hasTests = plan.getDescendants(container).stream().anyMatch(TestIdentifier::isTest);
                if (!hasTests && className(container).isPresent()) {
                    all.add(result(container, "failed", failure.getValue(), "", 0));
                }
            }
        }
        return all;
    }

    private void record(TestIdentifier id, String status, String message, String location) {
        Long start = started.get(id.getUniqueId());
        long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        finished.put(id.getUniqueId(), result(id, status, message, location, millis));
    }

    private TestResult result(TestIdentifier id, String status, String message, String location, long millis) {
        StringBuilder printed = output.get(id.getUniqueId());
        return new TestResult(
                className(id).orElse(""),
                displayPath(id),
                status,
                RecordingSupport.cap(message, MAX_MESSAGE),
                location,
                seeds.getOrDefault(id.getUniqueId(), ""),
                printed == null ? "" : RecordingSupport.cap(printed.toString(), MAX_OUTPUT),
                millis);
    }

    private Optional<String> failedAncestor(TestIdentifier id) {
        Optional<TestIdentifier> parent = plan.getParent(id);
        while (parent.isPresent()) {
            String why = containerFailures.get(parent.get().getUniqueId());
            if (why != null) {
                return Optional.of(why);
            }
            parent = plan.getParent(parent.get());
        }
        return Optional.empty();
    }

    private Optional<String> className(TestIdentifier id) {
        for (Optional<TestIdentifier> at = Optional.of(id); at.isPresent(); at = plan.getParent(at.get())) {
            Optional<TestSource> source = at.get().getSource();
            if (source.isPresent() && source.get() instanceof MethodSource method) {
                return Optional.of(method.getClassName());
            }
            if (source.isPresent() && source.get() instanceof ClassSource type) {
                return Optional.of(type.getClassName());
            }
        }
        return Optional.empty();
    }

    /** The display names from just below the test class down to the test itself. */
    private String displayPath(TestIdentifier id) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> at = Optional.of(id); at.isPresent(); at = plan.getParent(at.get())) {
            Optional<TestSource> source = at.get().getSource();
            boolean isTopClass = source.isPresent() && source.get() instanceof ClassSource
                    && plan.getParent(at.get()).flatMap(TestIdentifier::getSource).isEmpty();
            if (isTopClass || at.get().getParentId().isEmpty()) {
                break;
            }
            names.add(0, at.get().getDisplayName());
        }
        return names.isEmpty() ? id.getDisplayName() : String.join(" › ", names);
    }
}
