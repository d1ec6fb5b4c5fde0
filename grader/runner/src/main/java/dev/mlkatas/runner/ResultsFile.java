package dev.mlkatas.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes results as JSON. Hand-written because this runs beside the code under test, whose own JSON
 * library (Hadoop brings one) must not meet a second copy.
 */
final class ResultsFile {

    private ResultsFile() {}

    /**
     * Writes the file beside its final name, with its signature under {@code key} in {@code <target>.sig},
     * then moves both into place, the results last.
     */
    static void write(Path target, List<TestResult> results, String key) throws IOException {
        StringBuilder json = new StringBuilder(256 * (results.size() + 1));
        json.append("{\"format\":").append(Results.FORMAT).append(",\"tests\":[");
        for (int i = 0; i < results.size(); i++) {
            TestResult r = results.get(i);
            json.append(i == 0 ? "\n" : ",\n").append('{');
            field(json, "className", r.className()).append(',');
            field(json, "name", r.name()).append(',');
            field(json, "status", r.status()).append(',');
            field(json, "message", r.message()).append(',');
            field(json, "location", r.location()).append(',');
            field(json, "seed", r.seed()).append(',');
            field(json, "output", r.output()).append(',');
            json.append("\"durationMillis\":").append(r.durationMillis()).append('}');
        }
        json.append("\n],\"complete\":true}\n");
        byte[] content = json.toString().getBytes(StandardCharsets.UTF_8);
        Path signature = target.resolveSibling(target.getFileName() + ".sig");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(signature, ResultsSignature.sign(key, content), StandardCharsets.US_ASCII);
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
