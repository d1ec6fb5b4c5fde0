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
import java.util.Optional;

/**
 * One JSON file of the candidate's state in {@code .kata/} at the top of their clone (git ignores it), written
 * whole or not at all, so that a command stopped halfway leaves the last complete state.
 *
 * <p>Example: {@code new StateFile(root, "progress.json", "progress", "start your progress over").read(type)}.
 */
public final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final String kind;
    private final String whatDeletingDoes;

    /**
     * The file {@code name} in {@code root}'s {@code .kata/}, holding the candidate's {@code kind} (such as
     * {@code progress}); {@code whatDeletingDoes} ends the message for a damaged file: {@code start your progress
     * over}.
     */
    public StateFile(Path root, String name, String kind, String whatDeletingDoes) {
        this.file = root.resolve(".kata").resolve(name);
        this.kind = kind;
        this.whatDeletingDoes = whatDeletingDoes;
    }

    /** The file's content, or empty when there is no file. */
    public <T> Optional<T> read(Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type));
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not valid " + kind + " JSON ("
                    + e.getOriginalMessage() + "); delete it to " + whatDeletingDoes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Replaces the file's content with {@code value}, all at once. */
    public void write(Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writeValue(partial.toFile(), value);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes the file; nothing happens when there is none. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
