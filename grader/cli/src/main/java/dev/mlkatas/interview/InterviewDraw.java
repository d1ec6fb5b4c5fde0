package dev.mlkatas.interview;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which kata each round of a mock interview gets: the one asked for, else one drawn with the seed.
 *
 * <p>The seed draws one kata for every round of the onsite, in the onsite's order, whichever rounds are asked
 * for: {@code --seed 7} gives the coding round the same kata alone or in the whole onsite.
 *
 * <p>Example: {@code InterviewDraw.draw(catalogue.katas(), List.of(Round.CODING), Map.of(), 7)}.
 */
public final class InterviewDraw {

    private InterviewDraw() {}

    /**
     * One pick per round of {@code rounds}, in the onsite's order.
     *
     * @param katas the catalogue's katas, in its order
     * @param rounds the rounds asked for; each must have a kata in {@code katas} or in {@code chosen}
     * @param chosen the kata asked for in a round, by round
     * @param seed the seed of the draw
     */
    public static List<Interview.Pick> draw(List<Kata> katas, List<Round> rounds, Map<Round, Kata> chosen,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Interview.Pick> picks = new ArrayList<>();
        for (Round round : Round.values()) {
            List<Kata> inRound = katas.stream().filter(k -> k.round() == round).toList();
            // Every round draws, asked for or not, so that a round's kata does not depend on the others asked.
            Kata drawn = inRound.isEmpty() ? null : inRound.get(random.nextInt(inRound.size()));
            if (rounds.contains(round)) {
                Kata kata = chosen.getOrDefault(round, drawn);
                if (kata == null) {
                    throw new IllegalArgumentException("no kata in the " + round.label() + " round");
                }
                picks.add(new Interview.Pick(round, kata.id()));
            }
        }
        return List.copyOf(picks);
    }
}
