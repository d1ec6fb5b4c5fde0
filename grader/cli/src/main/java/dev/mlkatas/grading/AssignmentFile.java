package dev.mlkatas.grading;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mlkatas.catalogue.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads an {@link Assignment} from a YAML or JSON file and checks it against the catalogue. */
public final class AssignmentFile {

    /** The file's keys as written. YAML is a superset of JSON, so one reader takes both. */
    record Entry(String title, LocalDate due, String hiddenTests, List<KataEntry> katas) {}

    record KataEntry(String id, Double points, Integer timeLimitSeconds) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AssignmentFile() {}

    /**
     * Reads {@code file}; every problem is an {@link IllegalArgumentException} whose message names the file.
     */
    public static Assignment read(Path file, Catalogue catalogue) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("assignment file " + file + " does not exist");
        }
        Entry entry;
        try {
            entry = YAML.readValue(file.toFile(), Entry.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
        if (entry == null || entry.katas() == null || entry.katas().isEmpty()) {
            throw new IllegalArgumentException(file + ": 'katas' must list at least one kata");
        }
        List<Assignment.AssignedKata> katas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KataEntry kata : entry.katas()) {
            if (kata.id() == null || catalogue.find(kata.id()).isEmpty()) {
                throw new IllegalArgumentException(file + ": unknown kata '" + kata.id() + "'; known katas: "
                        + String.join(", ", catalogue.katas().stream().map(k -> k.id()).toList()));
            }
            if (!seen.add(kata.id())) {
                throw new IllegalArgumentException(file + ": kata '" + kata.id() + "' is assigned twice");
            }
            double points = kata.points() == null ? 100 : kata.points();
            if (!(points > 0)) {
                throw new IllegalArgumentException(file + ": kata '" + kata.id() + "' must be worth more than 0 points");
            }
            if (kata.timeLimitSeconds() != null && kata.timeLimitSeconds() < 1) {
                throw new IllegalArgumentException(file + ": kata '" + kata.id() + "' needs a positive timeLimitSeconds");
            }
            katas.add(new Assignment.AssignedKata(kata.id(), points, Optional.ofNullable(kata.timeLimitSeconds())));
        }
        Path folder = file.toAbsolutePath().getParent();
        Optional<Path> hidden = Optional.ofNullable(entry.hiddenTests()).map(folder::resolve);
        if (hidden.isPresent() && !Files.isDirectory(hidden.get())) {
            throw new IllegalArgumentException(file + ": hidden test folder " + hidden.get() + " does not exist");
        }
        String title = entry.title() == null ? file.getFileName().toString() : entry.title();
        return new Assignment(file, title, Optional.ofNullable(entry.due()), hidden, katas);
    }
}
