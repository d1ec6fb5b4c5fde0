package dev.mlkatas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of some folders at one moment, by a digest of their content, to name afterwards each file that
 * changed, went missing or appeared.
 *
 * <p>Example: {@code FolderSnapshot before = FolderSnapshot.of(List.of(classes)); ... before.changes()}
 */
public final class FolderSnapshot {

    private final List<Path> folders;
    private final Map<Path, String> digests;

    private FolderSnapshot(List<Path> folders, Map<Path, String> digests) {
        this.folders = List.copyOf(folders);
        this.digests = digests;
    }

    /** Takes the snapshot; a folder that does not exist counts as empty. */
    public static FolderSnapshot of(List<Path> folders) {
        return new FolderSnapshot(folders, read(folders));
    }

    /** Each file that changed, went missing or appeared since the snapshot, e.g. {@code a/B.class (new)}. */
    public List<String> changes() {
        Map<Path, String> now = read(folders);
        List<String> changes = new ArrayList<>();
        digests.forEach((file, digest) -> {
            String current = now.get(file);
            if (current == null) {
                changes.add(file.getFileName() + " (deleted)");
            } else if (!current.equals(digest)) {
                changes.add(file.getFileName() + " (changed)");
            }
        });
        now.keySet().stream().filter(file -> !digests.containsKey(file))
                .forEach(file -> changes.add(file.getFileName() + " (new)"));
        return changes;
    }

    private static Map<Path, String> read(List<Path> folders) {
        Map<Path, String> digests = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    digests.put(file, digest(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return digests;
    }

    private static String digest(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
