package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.dense.DenseModel;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.log.SearchLogCsv;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a search learnt, kept between runs: the history the system counts its intent, popularity and
 * purchases from, the dense vectors, and the learned ranker once one was trained. An entry is a folder
 * named by the SHA-256 of everything that changes training (the catalogue files' contents, the log's, the
 * seed and the settings), so changed inputs find no entry and a stale one is never read. An entry that
 * cannot be read, or that names another key, is reported in one line and trained again.
 *
 * <p>Example: {@code cache.load(key, info)}, then {@code cache.save(key, entry)}.
 */
final class TrainedShopCache {

    /** Changes when what an entry holds changes, so that old entries are simply not found. */
    private static final String FORMAT = "ranking-cache-1";
    private static final String HISTORY = "history.csv";
    private static final String MODELS = "models.ser";

    /** What an entry holds; {@code ranker} is null until a search needed the learned ranker. */
    record Entry(SearchLog history, DenseModel dense, LearnedRanker ranker) {
    }

    private record Models(String key, DenseModel dense, LearnedRanker ranker) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Path dir;

    TrainedShopCache(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The folder of an entry. */
    Path entry(String key) {
        return dir.resolve(key);
    }

    /**
     * The key of a shop: a hash of {@code parts} (settings, as text) and of the contents of {@code files}
     * (each named by its file name, so that swapping two files changes the key).
     */
    static String key(List<String> parts, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT);
            for (String part : parts) {
                update(digest, part);
            }
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                update(digest, file.getFileName().toString());
                try (InputStream in = Files.newInputStream(file)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
                update(digest, "\u0000end of file");
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    /**
     * The entry of {@code key}, if there is one that reads back whole; an unreadable one is deleted, with one
     * line on {@code info} saying so.
     */
    Optional<Entry> load(String key, PrintWriter info) {
        Path entry = entry(key);
        if (!Files.isDirectory(entry)) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(entry.resolve(MODELS)))) {
            Models models = (Models) in.readObject();
            if (!key.equals(models.key())) {
                throw new IOException("it was written for the key " + models.key());
            }
            SearchLog history = SearchLogCsv.read(entry.resolve(HISTORY));
            return Optional.of(new Entry(history, models.dense(), models.ranker()));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            info.printf("cache: the entry %s cannot be read (%s); training again%n", entry, firstLine(e));
            delete(entry);
            return Optional.empty();
        }
    }

    /**
     * Writes the entry of {@code key} whole or not at all: into a new folder, then moved into place; false
     * when it could not be written.
     */
    boolean save(String key, Entry entry) {
        Path target = entry(key);
        Path scratch = null;
        try {
            Files.createDirectories(dir);
            scratch = Files.createTempDirectory(dir, "." + key + "-");
            SearchLogCsv.write(entry.history(), scratch.resolve(HISTORY));
            try (OutputStream file = Files.newOutputStream(scratch.resolve(MODELS));
                    ObjectOutputStream out = new ObjectOutputStream(file)) {
                out.writeObject(new Models(key, entry.dense(), entry.ranker()));
            }
            delete(target);
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UncheckedIOException e) {
            // A cache that cannot be written costs the next search its time, not this one its answer.
            if (scratch != null) {
                delete(scratch);
            }
            return false;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // What is left is found unreadable again next time, and deleted then.
        }
    }
}
