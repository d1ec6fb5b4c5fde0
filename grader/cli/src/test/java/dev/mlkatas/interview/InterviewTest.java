package dev.mlkatas.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.catalogue.Round;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InterviewTest {

    private static final Instant START = Instant.parse("2026-12-05T23:50:00Z");
    private static final Interview INTERVIEW =
            new Interview(7, START, 45, List.of(new Interview.Pick(Round.CODING, "two-sum")));

    static Stream<Arguments> clocks() {
        return Stream.of(
                Arguments.of(Duration.ZERO, "0:00"),
                Arguments.of(Duration.ofSeconds(245), "4:05"),
                Arguments.of(Duration.ofSeconds(245).plusMillis(999), "4:05"),
                Arguments.of(Duration.ofMinutes(45), "45:00"),
                Arguments.of(Duration.ofSeconds(3723), "1:02:03"),
                Arguments.of(Duration.ofSeconds(-130), "-2:10"));
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @MethodSource("clocks")
    @DisplayName("a duration shows as a clock does: minutes and seconds, hours past an hour")
    void clock(Duration duration, String shown) {
        assertThat(Interview.clock(duration)).isEqualTo(shown);
    }

    @Test
    @DisplayName("the time left counts down from the length, and the time is up when it reaches zero")
    void countsDown() {
        assertThat(INTERVIEW.left(START.plusSeconds(754))).isEqualTo(Duration.ofSeconds(45 * 60 - 754));
        assertThat(INTERVIEW.timeIsUp(START.plus(Duration.ofMinutes(45)).minusSeconds(1))).isFalse();
        assertThat(INTERVIEW.timeIsUp(START.plus(Duration.ofMinutes(45)))).isTrue();
        assertThat(INTERVIEW.left(START.plus(Duration.ofMinutes(47)))).isEqualTo(Duration.ofMinutes(-2));
    }

    @Test
    @DisplayName("a clock set back before the start counts no time, rather than negative time")
    void clockSetBack() {
        assertThat(INTERVIEW.elapsed(START.minusSeconds(60))).isZero();
    }
}
