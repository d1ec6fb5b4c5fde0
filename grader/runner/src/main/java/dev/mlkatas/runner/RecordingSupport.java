package dev.mlkatas.runner;

import java.util.List;

/** How a failure is put into words for a person reading a test report. */
final class RecordingSupport {

    private RecordingSupport() {}

    /** The exception's message, or its type when it has none, e.g. {@code UnsupportedOperationException}. */
    static String describe(Throwable failure) {
        String type = failure.getClass().getName();
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return type;
        }
        // Assertion errors say what was expected; other exceptions need their type to make sense.
        return failure instanceof AssertionError ? message.strip() : type + ": " + message.strip();
    }

    /** The first stack frame that is not inside a test framework or the JDK, e.g. {@code TwoSum.java:42}. */
    static String location(Throwable failure, List<String> frameworkPackages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String className = frame.getClassName();
                if (frameworkPackages.stream().noneMatch(className::startsWith)) {
                    return frame.toString();
                }
            }
        }
        return "";
    }

    static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
    }
}
