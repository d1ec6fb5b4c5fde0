package dev.mlkatas.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a job's summary as indented JSON, keys in the order they were put in the map.
 *
 * <p>Example: {@code JsonFile.write(Map.of("seed", 7), out.file("summary.json"))}
 */
public final class JsonFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFile() {
    }

    public static void write(Map<String, ?> summary, Path file) throws IOException {
        JSON.writeValue(file.toFile(), summary);
    }
}
