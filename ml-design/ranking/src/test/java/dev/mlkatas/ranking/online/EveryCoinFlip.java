package dev.mlkatas.ranking.online;

import dev.mlkatas.ranking.online.TeamDraftInterleaving.Interleaving;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Every interleaving two rankings can give, each with its exact probability, found by running
 * {@link TeamDraftInterleaving#interleave} on every sequence of coin flips it asks for.
 *
 * <p>The generator handed to it answers each draw with all zero bits or all one bits, so whichever way the
 * code flips a coin ({@code nextBoolean()}, {@code nextInt(2)}, {@code nextDouble() < 0.5}, the sign of
 * {@code nextLong()}) each draw is one fair coin. A run that wants one more draw than the script holds is
 * stopped and re-run with both answers appended: a depth-first walk of the tree of draws, whose leaves have
 * probability 2^-depth. However many draws an implementation makes, the probabilities are exact (sums of
 * powers of two), so fairness can be checked with {@code isEqualTo}, without sampling and without flakiness.
 */
final class EveryCoinFlip {

    /** One leaf: an interleaving and the probability of the draws that give it. */
    record Leaf(Interleaving interleaving, double probability) {
    }

    private static final int MOST_DRAWS = 40;

    private EveryCoinFlip() {
    }

    static List<Leaf> of(List<Integer> a, List<Integer> b) {
        List<Leaf> leaves = new ArrayList<>();
        walk(a, b, new ArrayList<>(), leaves);
        return leaves;
    }

    private static void walk(List<Integer> a, List<Integer> b, List<Boolean> script, List<Leaf> leaves) {
        if (script.size() > MOST_DRAWS) {
            throw new AssertionError("interleaving " + a + " and " + b + " took more than " + MOST_DRAWS
                    + " random draws: flip one coin per decision");
        }
        Scripted coins = new Scripted(script);
        Interleaving interleaving;
        try {
            interleaving = TeamDraftInterleaving.interleave(a, b, coins);
        } catch (OutOfScript e) {
            for (boolean next : new boolean[] {false, true}) {
                List<Boolean> longer = new ArrayList<>(script);
                longer.add(next);
                walk(a, b, longer, leaves);
            }
            return;
        }
        leaves.add(new Leaf(interleaving, Math.pow(2, -script.size())));
    }

    /** Answers draws from a script; one draw past its end throws, so that the walk can branch. */
    private static final class Scripted implements RandomGenerator {

        private final List<Boolean> script;
        private int next;

        Scripted(List<Boolean> script) {
            this.script = script;
        }

        @Override
        public long nextLong() {
            if (next == script.size()) {
                throw new OutOfScript();
            }
            return script.get(next++) ? -1L : 0L;
        }
    }

    private static final class OutOfScript extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OutOfScript() {
            super("the scripted coin flips ran out", null, false, false);
        }
    }
}
