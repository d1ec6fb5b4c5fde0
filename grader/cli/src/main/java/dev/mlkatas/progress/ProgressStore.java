package dev.mlkatas.progress;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * A candidate's progress on every kata, kept in {@code .kata/progress.json} at the top of their clone (git
 * ignores it). Example: {@code new ProgressStore(root).get("two-sum").status()}.
 */
public final class ProgressStore {

    /** The file's layout: one entry per kata id. */
    record Document(Map<String, KataProgress> katas) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ProgressStore(Path root) {
        this.file = root.resolve(".kata/progress.json");
    }

    public KataProgress get(String kataId) {
        return read().getOrDefault(kataId, KataProgress.NONE);
    }

    public void recordHintsShown(String kataId, int count) {
        update(kataId, get(kataId).withHintsShown(count));
    }

    public void recordTest(String kataId, KataProgress.LastTest test) {
        update(kataId, get(kataId).withLastTest(test));
    }

    private Map<String, KataProgress> read() {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            Document document = JSON.readValue(file.toFile(), Document.class);
            return document.katas() == null ? new TreeMap<>() : new TreeMap<>(document.katas());
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not valid progress JSON (" + e.getOriginalMessage()
                    + "); delete it to start your progress over");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void update(String kataId, KataProgress progress) {
        Map<String, KataProgress> all = read();
        all.put(kataId, progress);
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writeValue(partial.toFile(), new Document(all));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
