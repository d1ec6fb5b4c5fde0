package dev.mlkatas.interview;

import dev.mlkatas.catalogue.Round;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A mock onsite in progress: one kata per round, and a clock that started when it did.
 *
 * <p>Example: {@code interview.left(clock.instant())} is the time left, negative once it is up.
 *
 * @param seed the seed the katas were drawn with (explicit choices keep theirs whatever it is)
 * @param started when the clock started
 * @param minutes how long the interview lasts
 * @param rounds the rounds in the order of the onsite, each with its kata
 */
public record Interview(long seed, Instant started, int minutes, List<Pick> rounds) {

    /**
     * One round of the interview.
     *
     * @param round the round
     * @param kata the id of its kata
     */
    public record Pick(Round round, String kata) {}

    public Interview {
        rounds = List.copyOf(rounds);
    }

    /** The interview's length. */
    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    /** How long the interview has run at {@code now}; never negative, should the clock be set back. */
    public Duration elapsed(Instant now) {
        Duration elapsed = Duration.between(started, now);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** The time left at {@code now}: negative once the time is up. */
    public Duration left(Instant now) {
        return length().minus(elapsed(now));
    }

    public boolean timeIsUp(Instant now) {
        Duration left = left(now);
        return left.isNegative() || left.isZero();
    }

    /** The round whose kata is {@code kataId}, if the interview has it. */
    public Optional<Pick> pickOf(String kataId) {
        return rounds.stream().filter(p -> p.kata().equals(kataId)).findFirst();
    }

    /**
     * A duration as a clock shows it: {@code 4:05} for four minutes and five seconds, {@code 1:02:03} past an
     * hour; whole seconds, rounded down.
     */
    public static String clock(Duration duration) {
        long seconds = Math.abs(duration.toSeconds());
        String sign = duration.isNegative() ? "-" : "";
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, hours, minutes, rest)
                : String.format(Locale.ROOT, "%s%d:%02d", sign, minutes, rest);
    }
}
