package dev.mlkatas.ranking.online;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Team-draft interleaving (Radlinski, Kurup and Joachims, 2008): one results page made from two rankings,
 * A and B, the way two captains pick teams. Whenever the teams are equal in size a fair coin decides who
 * picks next; otherwise the smaller team picks. A captain picks the best item of its ranking that is not on
 * the page yet, and the item joins its team. A click is a vote for the team of the clicked item, and the
 * team with more clicks wins the search.
 *
 * <p>Example: A = {@code [1, 2, 3]} and B = {@code [2, 3, 1]}. If A wins the first coin: A picks 1, B picks
 * 2, the second coin says B: B picks 3, and A has nothing left: the page is {@code [1, 2, 3]} with teams
 * {@code [A, B, B]}. A click on 3 alone is a win for B.
 *
 * <p>Task 3 of the ranking kata.
 */
public final class TeamDraftInterleaving {

    /** The two rankings being compared. */
    public enum Team { A, B }

    /** Who a search's clicks prefer. */
    public enum Outcome { A_WINS, B_WINS, TIE }

    private TeamDraftInterleaving() {
    }

    /**
     * The page shown and the team of each of its items.
     *
     * @param items the items shown, top first, without repeats
     * @param teams the team that picked each item, in the same order
     */
    public record Interleaving(List<Integer> items, List<Team> teams) {

        public Interleaving {
            items = List.copyOf(items);
            teams = List.copyOf(teams);
            if (items.size() != teams.size()) {
                throw new IllegalArgumentException(items.size() + " items but " + teams.size() + " teams");
            }
            if (new HashSet<>(items).size() != items.size()) {
                throw new IllegalArgumentException("an interleaving shows each item once: " + items);
            }
        }

        /**
         * The winner of a search: the team whose items got more of the clicks; a tie when they got as many
         * (no click at all is a tie).
         *
         * @param clickedItems the items the shopper clicked
         * @throws IllegalArgumentException if an item was clicked that the page does not show
         */
        public Outcome credit(Set<Integer> clickedItems) {
            int a = 0;
            int b = 0;
            for (Integer item : clickedItems) {
                int position = items.indexOf(item);
                if (position < 0) {
                    throw new IllegalArgumentException("item " + item + " was clicked but is not on the page " + items);
                }
                if (teams.get(position) == Team.A) {
                    a++;
                } else {
                    b++;
                }
            }
            return a > b ? Outcome.A_WINS : b > a ? Outcome.B_WINS : Outcome.TIE;
        }
    }

    /**
     * Interleaves two rankings. It stops as soon as one of the rankings has no item left that is not on the
     * page, so the two teams never differ in size by more than one.
     *
     * @param a ranking A, best first, without repeats
     * @param b ranking B, best first, without repeats
     * @param random where the coin flips come from, e.g. {@code random.nextBoolean()}: true, A picks
     * @throws IllegalArgumentException if a ranking repeats an item
     */
    public static Interleaving interleave(List<Integer> a, List<Integer> b, RandomGenerator random) {
        requireDistinct(a, "A");
        requireDistinct(b, "B");
        List<Integer> items = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        Set<Integer> shown = new HashSet<>();
        int nextA = 0;
        int nextB = 0;
        int sizeA = 0;
        int sizeB = 0;
        while (true) {
            nextA = firstNotShown(a, nextA, shown);
            nextB = firstNotShown(b, nextB, shown);
            if (nextA == a.size() || nextB == b.size()) {
                break;
            }
            // The coin is flipped only when the teams are level: then, and only then, either may pick.
            boolean aPicks = sizeA < sizeB || sizeA == sizeB && !random.nextBoolean();
            Integer item = aPicks ? a.get(nextA) : b.get(nextB);
            items.add(item);
            shown.add(item);
            teams.add(aPicks ? Team.A : Team.B);
            if (aPicks) {
                sizeA++;
            } else {
                sizeB++;
            }
        }
        return new Interleaving(items, teams);
    }

    private static int firstNotShown(List<Integer> ranking, int from, Set<Integer> shown) {
        int next = from;
        while (next < ranking.size() && shown.contains(ranking.get(next))) {
            next++;
        }
        return next;
    }

    private static void requireDistinct(List<Integer> ranking, String name) {
        Set<Integer> seen = new HashSet<>();
        for (Integer item : ranking) {
            if (!seen.add(item)) {
                throw new IllegalArgumentException("ranking " + name + " holds item " + item + " twice: " + ranking);
            }
        }
    }
}
