package dev.mlkatas.twosum;

import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.Seed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs task 1 ({@link TwoSum#zeroSumPairs}) on a million seeded random ints, or on the integers of a file,
 * and prints how many pairs it found, the first ten and how long it took. {@code ./kata run two-sum} runs it
 * with the reference, {@code ./kata run --mine two-sum} with your code.
 *
 * <p>Example: {@code TwoSumDemo --size 1000 --seed 7}, or {@code TwoSumDemo numbers.txt} for a file of
 * whitespace-separated integers. Bad input is reported in one line on standard error, exit code 2.
 */
@Command(name = "two-sum",
        description = "Runs task 1 (TwoSum.zeroSumPairs) on seeded random ints, or on the integers of a file, and "
                + "prints how many pairs sum to zero, the first ten and how long it took.",
        footer = {"  ./kata run two-sum --size 1000 --seed 7", "  ./kata run two-sum numbers.txt"})
public final class TwoSumDemo extends JobCommand {

    private static final int MAX_SIZE = 100_000_000;
    private static final int SHOWN = 10;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "A text file of whitespace-separated 32-bit integers, instead of random ones.")
    private Path file;

    @Option(names = "--size", paramLabel = "N", defaultValue = "1000000",
            description = "How many random ints to generate (0 to " + MAX_SIZE + ").")
    private int size;

    @Mixin
    private Seed seed;

    public static void main(String[] args) {
        JobCommand.main(new TwoSumDemo(), args);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new TwoSumDemo(), args, out, err);
    }

    @Override
    public Integer call() {
        PrintStream out = out();
        int[] values = input(out);
        long start = System.nanoTime();
        List<Pair> pairs = TwoSum.zeroSumPairs(values);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        out.println("pairs summing to 0: " + pairs.size());
        if (!pairs.isEmpty()) {
            List<Pair> shown = pairs.subList(0, Math.min(SHOWN, pairs.size()));
            out.println("first " + shown.size() + ": "
                    + shown.stream().map(Pair::toString).collect(Collectors.joining(" ")));
        }
        out.println("elapsed: " + elapsedMillis + " ms");
        return 0;
    }

    /** The values the arguments ask for, after saying where they come from. */
    private int[] input(PrintStream out) {
        if (file != null && (given("--size") || given(Seed.NAME))) {
            throw new BadInputException("give either a file or --size/--seed, not both (" + usage() + ")");
        }
        if (file != null) {
            int[] values = readInts(file);
            out.println("input: " + values.length + " ints from " + file);
            return values;
        }
        within("--size", size, 0, MAX_SIZE);
        out.println("input: " + size + " random ints, seed " + seed.value());
        return new Random(seed.value()).ints(size).toArray();
    }

    private static int[] readInts(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, not a file of integers");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        int[] values = new int[1024];
        int count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                for (String token : text.trim().split("\\s+")) {
                    if (token.isEmpty()) {
                        continue;
                    }
                    if (count == values.length) {
                        values = Arrays.copyOf(values, 2 * count);
                    }
                    values[count++] = parseInt(token, file, line);
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": is not a text file (UTF-8) of integers");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return Arrays.copyOf(values, count);
    }

    private static int parseInt(String token, Path file, int line) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new BadInputException(file + " line " + line + ": '" + token + "' is not a 32-bit integer");
        }
    }
}
