package dev.mlkatas.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions an interviewer asks once the code works, read from the statement's section
 * {@code ## Follow-ups the interviewer asks}: one per bullet, with its lines as the statement wraps them.
 *
 * <p>Example: {@code FollowUps.of(kata.statement())} is empty for a statement without the section.
 */
public final class FollowUps {

    /** The heading of the section, as every statement writes it. */
    public static final String HEADING = "## Follow-ups the interviewer asks";

    private FollowUps() {}

    public static List<String> of(Path statement) {
        try {
            return parse(Files.readString(statement));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + statement, e);
        }
    }

    /** The bullets of the section in {@code markdown}; a bullet goes on over the indented lines below it. */
    static List<String> parse(String markdown) {
        List<String> questions = new ArrayList<>();
        boolean inSection = false;
        StringBuilder question = null;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("#")) {
                inSection = line.strip().equals(HEADING);
                question = add(questions, question);
            } else if (!inSection) {
                continue;
            } else if (line.startsWith("- ")) {
                add(questions, question);
                question = new StringBuilder(line.substring(2).strip());
            } else if (question != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                question.append('\n').append(line.strip());
            } else {
                question = add(questions, question);
            }
        }
        add(questions, question);
        return List.copyOf(questions);
    }

    /** Adds the question being read, if any; returns null, for none being read now. */
    private static StringBuilder add(List<String> questions, StringBuilder question) {
        if (question != null) {
            questions.add(question.toString());
        }
        return null;
    }
}
