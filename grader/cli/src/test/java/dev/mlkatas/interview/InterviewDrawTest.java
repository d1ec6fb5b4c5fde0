package dev.mlkatas.interview;

import static dev.mlkatas.interview.InterviewKatas.kata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Round;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InterviewDrawTest {

    private static final List<Kata> CATALOGUE = List.of(
            kata("two-sum", Round.CODING, 3), kata("word-count", Round.CODING, 3), kata("recommend", Round.CODING, 5),
            kata("sparse-dense", Round.IR_RANKING, 4), kata("crf", Round.IR_RANKING, 3),
            kata("ranking", Round.SYSTEM_DESIGN, 4),
            kata("churn", Round.MODELLING, 2), kata("ltv", Round.MODELLING, 2), kata("anomalies", Round.MODELLING, 3));

    private static final List<Round> ALL = List.of(Round.values());

    @Property(tries = 200)
    @Label("the same seed draws the same katas")
    void sameSeedSameKatas(@ForAll long seed) {
        assertThat(InterviewDraw.draw(CATALOGUE, ALL, Map.of(), seed))
                .isEqualTo(InterviewDraw.draw(CATALOGUE, ALL, Map.of(), seed));
    }

    @Property(tries = 200)
    @Label("one kata per round asked, of that round, in the onsite's order")
    void oneKataPerRoundOfThatRound(@ForAll long seed) {
        List<Interview.Pick> picks = InterviewDraw.draw(CATALOGUE, ALL, Map.of(), seed);

        assertThat(picks).extracting(Interview.Pick::round).containsExactlyElementsOf(ALL);
        for (Interview.Pick pick : picks) {
            assertThat(CATALOGUE).anyMatch(k -> k.id().equals(pick.kata()) && k.round() == pick.round());
        }
    }

    @Property(tries = 200)
    @Label("a round asked alone gets the kata it gets in the whole onsite with the same seed")
    void aRoundAloneDrawsAsInTheOnsite(@ForAll long seed) {
        List<Interview.Pick> onsite = InterviewDraw.draw(CATALOGUE, ALL, Map.of(), seed);

        for (Interview.Pick pick : onsite) {
            assertThat(InterviewDraw.draw(CATALOGUE, List.of(pick.round()), Map.of(), seed)).containsExactly(pick);
        }
    }

    @Test
    @DisplayName("a kata asked for takes its round's place and leaves the other rounds' draws alone")
    void chosenKata() {
        Kata ltv = CATALOGUE.get(7);
        List<Interview.Pick> drawn = InterviewDraw.draw(CATALOGUE, ALL, Map.of(), 11);
        List<Interview.Pick> chosen = InterviewDraw.draw(CATALOGUE, ALL, Map.of(Round.MODELLING, ltv), 11);

        assertThat(chosen.get(3)).isEqualTo(new Interview.Pick(Round.MODELLING, "ltv"));
        assertThat(chosen.subList(0, 3)).isEqualTo(drawn.subList(0, 3));
    }

    @Test
    @DisplayName("over many seeds every kata of a round is drawn")
    void everyKataCanBeDrawn() {
        Set<String> drawn = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            InterviewDraw.draw(CATALOGUE, ALL, Map.of(), seed).forEach(p -> drawn.add(p.kata()));
        }

        assertThat(drawn).containsExactlyInAnyOrderElementsOf(CATALOGUE.stream().map(Kata::id).toList());
    }

    @Test
    @DisplayName("a round without katas cannot be drawn")
    void emptyRound() {
        assertThatThrownBy(() -> InterviewDraw.draw(CATALOGUE.subList(0, 3), List.of(Round.IR_RANKING), Map.of(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no kata in the IR and ranking round");
    }
}
