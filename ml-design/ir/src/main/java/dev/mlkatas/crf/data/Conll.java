package dev.mlkatas.crf.data;

import dev.mlkatas.crf.BioTags;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Tagged queries in CoNLL style: one token per line as {@code token TAB tag}, a blank line after each
 * query.
 *
 * <p>Example: {@code Conll.write(Path.of("train.conll"), queries)}, then {@code Conll.read(Path.of("train.conll"))}
 * gives the same queries back.
 */
public final class Conll {

    /** A file that is not CoNLL; the message names the file, the line and the problem. */
    public static final class FormatException extends Exception {

        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    private Conll() {
    }

    /** Writes {@code queries} to {@code file}, which must not exist yet. */
    public static void write(Path file, List<TaggedQuery> queries) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW)) {
            for (TaggedQuery query : queries) {
                for (int t = 0; t < query.length(); t++) {
                    out.write(query.tokens().get(t) + "\t" + query.tags().get(t) + "\n");
                }
                out.write("\n");
            }
        }
    }

    /**
     * Reads the queries of {@code file}. Several blank lines in a row separate queries like one; the last
     * query needs no blank line after it.
     *
     * @throws FormatException if a line is not {@code token TAB tag} with a known tag, or the file has no query
     */
    public static List<TaggedQuery> read(Path file) throws FormatException {
        if (Files.isDirectory(file)) {
            throw new FormatException(file + ": is a directory, not a CoNLL file");
        }
        if (!Files.isRegularFile(file)) {
            throw new FormatException(file + ": no such file");
        }
        List<TaggedQuery> queries = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    flush(queries, tokens, tags);
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 2 || fields[0].isBlank()) {
                    throw new FormatException(file + " line " + number + ": expected 'token<TAB>tag', found '" + line
                            + "'");
                }
                String tag = fields[1].strip();
                if (BioTags.indexOf(tag) < 0) {
                    throw new FormatException(file + " line " + number + ": unknown tag '" + tag + "' (known: "
                            + String.join(" ", BioTags.TAGS) + ")");
                }
                tokens.add(fields[0].strip());
                tags.add(tag);
            }
            flush(queries, tokens, tags);
        } catch (CharacterCodingException e) {
            throw new FormatException(file + ": is not a UTF-8 text file");
        } catch (IOException e) {
            throw new FormatException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (queries.isEmpty()) {
            throw new FormatException(file + ": holds no query");
        }
        return List.copyOf(queries);
    }

    private static void flush(List<TaggedQuery> queries, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) {
            queries.add(new TaggedQuery(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }
}
