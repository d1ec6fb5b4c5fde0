package dev.mlkatas.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a kata's candidate files out of a submission, and nothing else: each must be a regular file (never a
 * symbolic link, nor below a linked folder) inside the submission, at most {@link #MAX_BYTES}. Each is copied
 * into a folder of the grader's, so that what is compiled is what was checked.
 *
 * <p>Example: {@code List<Path> copies = CandidateFiles.take(submissionModule, kata.files(), scratch.resolve("src"))}
 */
public final class CandidateFiles {

    /** The largest candidate file taken: 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private CandidateFiles() {}

    /**
     * Copies each of {@code files} (relative to {@code module}, which lies inside the submission) to the same
     * relative path under {@code into}, and returns the copies.
     *
     * @throws Refused naming the first file that is not a regular file of the submission or is too large
     */
    public static List<Path> take(Path submission, Path module, List<String> files, Path into) {
        List<Path> copies = new ArrayList<>();
        for (String file : files) {
            Path relative = Path.of(file).normalize();
            if (relative.isAbsolute() || relative.startsWith("..")) {
                throw new Refused(file + " is not inside the submission");
            }
            Path original = module.resolve(relative);
            Path shown = submission.relativize(original);
            checkNoLinkBelow(submission, original, shown);
            Path copy = into.resolve(relative);
            copy(original, copy, shown);
            copies.add(copy);
        }
        return copies;
    }

    /** No folder between the submission's top and the file, nor the file itself, may be a symbolic link. */
    private static void checkNoLinkBelow(Path submission, Path file, Path shown) {
        if (!file.normalize().startsWith(submission.normalize())) {
            throw new Refused(shown + " is not inside the submission");
        }
        Path current = submission;
        for (Path part : submission.relativize(file)) {
            current = current.resolve(part);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                throw new Refused(shown + " is missing from the submission");
            } catch (IOException e) {
                throw new Refused(shown + " cannot be read");
            }
            if (attributes.isSymbolicLink()) {
                throw new Refused(submission.relativize(current)
                        + " is a symbolic link; only regular files are graded");
            }
            if (current.equals(file) && !attributes.isRegularFile()) {
                throw new Refused(shown + " is not a regular file");
            }
        }
    }

    private static void copy(Path original, Path copy, Path shown) {
        byte[] content;
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(original,
                StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refused(shown + " cannot be read");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused(shown + " is larger than 1 MiB");
        }
        try {
            Files.createDirectories(copy.getParent());
            Files.write(copy, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy a candidate file to " + copy, e);
        }
    }

    /** Why a submission's candidate file was not taken, in one line for the report. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String why) {
            super(why);
        }
    }
}
