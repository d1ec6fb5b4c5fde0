package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.retrieval.CatalogIndex;
import dev.mlkatas.ranking.search.SearchSystem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

/**
 * What a search learnt, kept between runs so that the next search of the same shop learns nothing: the
 * catalogue's Lucene index ({@value #INDEX}/), what the system learnt from its log (intent counts,
 * popularity and purchases, dense vectors) and the learned ranker once one was trained ({@value #MODELS}),
 * and a manifest ({@value #MANIFEST}) naming the key and each file's size and CRC-32C. An entry is a folder
 * named by the SHA-256 of everything that changes training (the catalogue files' contents, the log's, the
 * seed and the settings), so changed inputs find no entry and a stale one is never read. An entry is
 * written whole in a scratch folder, then moved into place; one that is not whole (a file missing, added
 * or changed since its manifest), that names another key, or whose index does not fit the catalogue, is
 * reported in one line and trained again.
 *
 * <p>Example: {@code cache.load(key, catalog, info)}, then {@code cache.save(key, system, ranker)}.
 */
final class TrainedShopCache {

    /** Changes when what an entry holds changes, so that old entries are simply not found. */
    private static final String FORMAT = "ranking-cache-2";
    static final String INDEX = "index";
    static final String MODELS = "models.ser";
    static final String MANIFEST = "manifest.txt";

    /** What an entry gives back: the system, whole, and the learned ranker, null until a search needed it. */
    record Entry(SearchSystem system, LearnedRanker ranker) {
    }

    private record Models(String key, SearchSystem.Learnt learnt, LearnedRanker ranker) implements Serializable {
        private static final long serialVersionUID = 2L;
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
     * The entry of {@code key} over {@code catalog}, if there is one that reads back whole; one that does
     * not is deleted, with one line on {@code info} saying why.
     */
    Optional<Entry> load(String key, Catalog catalog, PrintWriter info) {
        Path entry = entry(key);
        if (!Files.isDirectory(entry)) {
            return Optional.empty();
        }
        CatalogIndex index = null;
        try {
            Models models = readModels(entry.resolve(MODELS), checkManifest(entry, key));
            if (!key.equals(models.key())) {
                throw new IOException("its models were written for the key " + models.key());
            }
            index = CatalogIndex.open(catalog, entry.resolve(INDEX));
            return Optional.of(new Entry(SearchSystem.restore(index, models.learnt()), models.ranker()));
        } catch (IOException | RuntimeException e) {
            if (index != null) {
                index.close();
            }
            info.printf("cache: the entry %s cannot be read (%s); training again%n", entry, firstLine(e));
            delete(entry);
            return Optional.empty();
        }
    }

    /**
     * Writes the entry of {@code key} whole or not at all: into a new folder, then moved into place; false
     * when it could not be written. {@code ranker} may be null, when no search needed it yet.
     */
    boolean save(String key, SearchSystem system, LearnedRanker ranker) {
        Path target = entry(key);
        Path scratch = null;
        try {
            Files.createDirectories(dir);
            scratch = Files.createTempDirectory(dir, "." + key + "-");
            system.index().writeTo(scratch.resolve(INDEX));
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(scratch.resolve(MODELS)), 1 << 16);
                    ObjectOutputStream out = new ObjectOutputStream(file)) {
                out.writeObject(new Models(key, system.learnt(), ranker));
            }
            writeManifest(scratch, key);
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

    /** The first line names the format and the key; then one line per file: CRC-32C, size, path. */
    private static void writeManifest(Path entry, String key) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT + " " + key);
        for (var file : files(entry).entrySet()) {
            lines.add(checksum(file.getValue()) + " " + file.getKey());
        }
        Files.write(entry.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
    }

    /**
     * Throws {@link IOException} saying what differs when the entry is not exactly what its manifest lists.
     * The models file is only looked up: it returns the checksum listed for it, which {@link #readModels}
     * compares while it reads the file, so that the largest file of an entry is read once.
     */
    private static String checkManifest(Path entry, String key) throws IOException {
        Path manifest = entry.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new IOException("it has no " + MANIFEST + ", so it was never finished");
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        String expected = FORMAT + " " + key;
        if (lines.isEmpty() || !lines.get(0).equals(expected)) {
            throw new IOException("its manifest names '" + (lines.isEmpty() ? "" : lines.get(0)) + "', not '"
                    + expected + "'");
        }
        TreeMap<String, Path> files = files(entry);
        String models = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", 3);
            if (parts.length != 3) {
                throw new IOException("its manifest has a line that is not 'checksum size path': " + line);
            }
            Path file = files.remove(parts[2]);
            if (file == null) {
                throw new IOException("the file " + parts[2] + " is missing");
            }
            String listed = parts[0] + " " + parts[1];
            if (parts[2].equals(MODELS)) {
                models = listed;
            } else if (!checksum(file).equals(listed)) {
                throw new IOException("the file " + parts[2] + " changed since it was written");
            }
        }
        if (!files.isEmpty()) {
            throw new IOException("the file " + files.firstKey() + " is not in its manifest");
        }
        if (models == null) {
            throw new IOException("the file " + MODELS + " is missing");
        }
        return models;
    }

    /**
     * The models of an entry, read once: their CRC-32C is taken while they are deserialised and compared with
     * {@code listed} at the end, so that a changed file is named as changed whether or not it deserialised.
     */
    private static Models readModels(Path file, String listed) throws IOException {
        long size = Files.size(file);
        CRC32C crc = new CRC32C();
        Models models = null;
        Exception unreadable = null;
        try (CheckedInputStream checked = new CheckedInputStream(Files.newInputStream(file), crc)) {
            try {
                ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(checked, 1 << 16));
                // No array of the file has more elements than the file has bytes: a changed length is refused
                // here rather than allocated before the checksum could tell.
                in.setObjectInputFilter(object -> object.arrayLength() > size
                        ? ObjectInputFilter.Status.REJECTED : ObjectInputFilter.Status.UNDECIDED);
                models = (Models) in.readObject();
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                unreadable = e;
            }
            checked.transferTo(OutputStream.nullOutputStream());
        }
        if (!checksum(crc, size).equals(listed)) {
            throw new IOException("the file " + MODELS + " changed since it was written");
        }
        if (unreadable != null) {
            throw new IOException(firstLine(unreadable), unreadable);
        }
        return models;
    }

    /** The regular files of an entry but its manifest, by their path relative to it with '/' between names. */
    private static TreeMap<String, Path> files(Path entry) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(entry)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = entry.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
                if (!name.equals(MANIFEST)) {
                    files.put(name, path);
                }
            }
        }
        return files;
    }

    /** A file's CRC-32C and size, as the manifest writes them. */
    private static String checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
                size += read;
            }
        }
        return checksum(crc, size);
    }

    private static String checksum(CRC32C crc, long size) {
        return String.format("%08x %d", crc.getValue(), size);
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
