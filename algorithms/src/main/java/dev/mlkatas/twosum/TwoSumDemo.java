package dev.mlkatas.twosum;

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

/**
 * Runs task 1 ({@link TwoSum#zeroSumPairs}) on a million seeded random ints, or on the integers of a file,
 * and prints how many pairs it found, the first ten and how long it took. {@code ./kata run two-sum} runs it
 * with the reference, {@code ./kata run --mine two-sum} with your code.
 *
 * <p>Example: {@code TwoSumDemo --size 1000 --seed 7}, or {@code TwoSumDemo numbers.txt} for a file of
 * whitespace-separated integers. Bad input is reported in one line on standard error, exit code 2.
 */
public final class TwoSumDemo {

    private static final String USAGE = "usage: TwoSumDemo [--size N] [--seed S] | TwoSumDemo FILE";
    private static final int MAX_SIZE = 100_000_000;
    private static final int SHOWN = 10;

    private TwoSumDemo() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int[] values;
        try {
            values = input(args, out);
        } catch (BadInput e) {
            err.println(e.getMessage());
            return 2;
        }
        if (values == null) {
            return 0;
        }
        long start = System.nanoTime();
        List<Pair> pairs;
        try {
            pairs = TwoSum.zeroSumPairs(values);
        } catch (UnsupportedOperationException e) {
            err.println(e.getMessage());
            return 1;
        }
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

    /** The values the arguments ask for, after saying where they come from; null after --help. */
    private static int[] input(String[] args, PrintStream out) throws BadInput {
        int size = 1_000_000;
        long seed = 42;
        boolean generated = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return null;
            } else if (arg.equals("--size")) {
                String text = valueOf(args, ++i, arg);
                size = parseSize(text);
                generated = true;
            } else if (arg.equals("--seed")) {
                String text = valueOf(args, ++i, arg);
                try {
                    seed = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new BadInput("--seed '" + text + "' is not a 64-bit integer");
                }
                generated = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new BadInput("unknown option '" + arg + "' (" + USAGE + ")");
            } else if (file != null) {
                throw new BadInput("one file at a time, not '" + file + "' and '" + arg + "'");
            } else {
                file = Path.of(arg);
            }
        }
        if (file != null && generated) {
            throw new BadInput("give either a file or --size/--seed, not both (" + USAGE + ")");
        }
        if (file != null) {
            int[] values = readInts(file);
            out.println("input: " + values.length + " ints from " + file);
            return values;
        }
        out.println("input: " + size + " random ints, seed " + seed);
        return new Random(seed).ints(size).toArray();
    }

    private static String valueOf(String[] args, int index, String option) throws BadInput {
        if (index >= args.length) {
            throw new BadInput(option + " needs a value (" + USAGE + ")");
        }
        return args[index];
    }

    private static int parseSize(String text) throws BadInput {
        try {
            int size = Integer.parseInt(text);
            if (size >= 0 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new BadInput("--size '" + text + "' is not a whole number from 0 to " + MAX_SIZE);
    }

    private static int[] readInts(Path file) throws BadInput {
        if (Files.isDirectory(file)) {
            throw new BadInput(file + ": is a directory, not a file of integers");
        }
        if (!Files.exists(file)) {
            throw new BadInput(file + ": no such file");
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
            throw new BadInput(file + ": is not a text file (UTF-8) of integers");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return Arrays.copyOf(values, count);
    }

    private static int parseInt(String token, Path file, int line) throws BadInput {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new BadInput(file + " line " + line + ": '" + token + "' is not a 32-bit integer");
        }
    }

    /** Input the demo cannot use; the message names the input and the problem. */
    private static final class BadInput extends Exception {

        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
