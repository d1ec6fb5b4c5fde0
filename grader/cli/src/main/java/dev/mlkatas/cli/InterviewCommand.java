package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Round;
import dev.mlkatas.interview.Interview;
import dev.mlkatas.interview.InterviewDraw;
import dev.mlkatas.interview.InterviewStore;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kata interview}: a mock onsite, one kata per round, on a clock. It starts the interview and returns;
 * the candidate then tests as usual ({@code kata test} shows the clock and records the time each task took to
 * pass), {@code --status} shows where they are and {@code --finish} ends it with the interviewer's follow-ups.
 * The interview in progress is kept in {@code .kata/interview.json}.
 */
@Command(name = "interview",
        description = {"A mock onsite on a clock: one kata per round, drawn from the catalogue, or the rounds and "
                + "katas you name. Then test as usual: ./kata test shows the clock and records the time each task "
                + "took to pass, kept in your progress.",
                "./kata interview --status shows the clock and your times (and the interviewer's follow-ups once "
                        + "the time is up); ./kata interview --finish ends it with the follow-ups."})
final class InterviewCommand extends Subcommand implements Callable<Integer> {

    /** The length of a round when {@code --minutes} is not given. */
    static final int MINUTES_PER_ROUND = 45;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Option(names = "--round", paramLabel = "<round>", split = ",",
            description = "Only this round (repeat it, or separate with commas, for several): coding, ir, design or "
                    + "modelling; kata.yaml's names ir-ranking and system-design are accepted too. Default: every "
                    + "round, in the onsite's order.")
    private List<String> rounds = new ArrayList<>();

    @Option(names = "--kata", paramLabel = "<id>", split = ",",
            description = "This kata for its round instead of a drawn one (repeatable, one per round).")
    private List<String> katas = new ArrayList<>();

    @Option(names = "--minutes", paramLabel = "<M>",
            description = "The length of the whole interview in minutes (default: " + MINUTES_PER_ROUND
                    + " a round).")
    private Integer minutes;

    @Option(names = "--seed", paramLabel = "<S>",
            description = "The seed of the draw: the same seed draws the same katas (default: a new one, printed).")
    private Long seed;

    @Option(names = "--status", description = "Show the clock, the tasks passed and when, and the follow-ups "
            + "once the time is up.")
    private boolean status;

    @Option(names = "--finish", description = "End the interview: your times and the interviewer's follow-ups.")
    private boolean finish;

    @Override
    public Integer call() {
        if (status && finish) {
            throw new UserException("--status and --finish do not go together: give one");
        }
        if (status || finish) {
            refuseStartOptions(status ? "--status" : "--finish");
            Interview interview = context().interviews().current().orElseThrow(() -> new UserException(
                    "no interview is running; start one with: ./kata interview"));
            InterviewReport report = new InterviewReport(context(), out());
            if (status) {
                report.status(interview);
            } else {
                report.finish(interview);
                context().interviews().finish();
            }
            out().flush();
            return 0;
        }
        start();
        return 0;
    }

    private void start() {
        Context context = context();
        InterviewStore store = context.interviews();
        Instant now = context.clock().instant();
        if (minutes != null && minutes <= 0) {
            throw new UserException("--minutes must be above 0, not " + minutes);
        }
        List<Kata> catalogue = context.catalogue().katas();
        List<Round> asked = asked(catalogue);
        Map<Round, Kata> chosen = chosen(asked);
        // Bad options are named first: the running interview is only the last reason not to start.
        Optional<Interview> running = store.current();
        if (running.isPresent()) {
            throw new UserException("an interview is already running (" + RunningInterview.clockLine(running.get(), now)
                    .replaceFirst("^Interview: ", "") + "); ./kata interview --status shows it, --finish ends it");
        }
        long drawSeed = seed != null ? seed : new SecureRandom().nextLong();
        List<Interview.Pick> picks = InterviewDraw.draw(catalogue, asked, chosen, drawSeed);
        int length = minutes != null ? minutes : MINUTES_PER_ROUND * picks.size();
        Interview interview = new Interview(drawSeed, now, length, picks);
        store.start(interview);
        for (Interview.Pick pick : picks) {
            context.progress().recordInterviewStart(pick.kata(), now, length);
        }
        printStart(interview);
    }

    /** The rounds asked for, in the onsite's order; every round with a kata when none is. */
    private List<Round> asked(List<Kata> catalogue) {
        List<Round> named = new ArrayList<>();
        for (String name : rounds) {
            named.add(Round.named(name).orElseThrow(() -> new UserException("no round '" + name.strip()
                    + "'; the rounds are " + Arrays.stream(Round.values()).map(Round::shortName)
                    .collect(Collectors.joining(", ")) + " (or ir-ranking, system-design as kata.yaml names them)")));
        }
        List<Round> asked = Arrays.stream(Round.values())
                .filter(r -> named.isEmpty() ? catalogue.stream().anyMatch(k -> k.round() == r) : named.contains(r))
                .toList();
        for (Round round : asked) {
            if (catalogue.stream().noneMatch(k -> k.round() == round)) {
                throw new UserException("the catalogue has no kata in the " + round.shortName() + " round");
            }
        }
        return asked;
    }

    /** The katas named with {@code --kata}, by round: one a round, each in a round of the interview. */
    private Map<Round, Kata> chosen(List<Round> asked) {
        Map<Round, Kata> chosen = new EnumMap<>(Round.class);
        for (String id : katas) {
            Kata kata = kata(id.strip());
            if (!asked.contains(kata.round())) {
                throw new UserException(kata.id() + " is a " + kata.round().shortName() + " kata, and the interview "
                        + "has only " + asked.stream().map(Round::shortName).collect(Collectors.joining(", "))
                        + "; add --round " + kata.round().shortName());
            }
            Kata twin = chosen.putIfAbsent(kata.round(), kata);
            if (twin != null && !twin.id().equals(kata.id())) {
                throw new UserException(twin.id() + " and " + kata.id() + " are both " + kata.round().shortName()
                        + " katas; an interview has one kata a round");
            }
        }
        return chosen;
    }

    private void refuseStartOptions(String given) {
        List<String> starting = new ArrayList<>();
        if (!rounds.isEmpty()) {
            starting.add("--round");
        }
        if (!katas.isEmpty()) {
            starting.add("--kata");
        }
        if (minutes != null) {
            starting.add("--minutes");
        }
        if (seed != null) {
            starting.add("--seed");
        }
        if (!starting.isEmpty()) {
            throw new UserException(String.join(", ", starting) + " start" + (starting.size() == 1 ? "s" : "")
                    + " an interview and do" + (starting.size() == 1 ? "es" : "") + " not go with " + given);
        }
    }

    private void printStart(Interview interview) {
        PrintWriter out = out();
        Instant start = interview.started();
        Instant end = start.plus(interview.length());
        int count = interview.rounds().size();
        out.println("Mock interview: " + count + (count == 1 ? " round, " : " rounds, ") + interview.minutes()
                + " minutes, from " + TIME.format(start.atZone(context().clock().getZone())) + " to "
                + TIME.format(end.atZone(context().clock().getZone())) + ".");
        Table table = new Table("ROUND", "KATA", "TASKS", "TITLE");
        for (Interview.Pick pick : interview.rounds()) {
            Kata kata = kata(pick.kata());
            table.row(pick.round().label(), kata.id(), Integer.toString(kata.tasks().size()), kata.title());
        }
        out.println();
        table.print(out);
        out.println();
        out.println("Seed " + interview.seed() + ": ./kata interview" + repeatRounds(interview) + " --seed "
                + interview.seed() + " draws the same katas.");
        out.println("The clock is running. Read a statement with ./kata show <id>, test with ./kata test <id>:");
        out.println("each run shows the clock and records when each task first passes. ./kata interview --status");
        out.println("shows the clock and your times; ./kata interview --finish ends it with the interviewer's "
                + "follow-ups.");
        out.flush();
    }

    /** The {@code --round} and {@code --kata} options given, as the command that repeats the draw needs them. */
    private String repeatRounds(Interview interview) {
        String repeat = rounds.isEmpty() ? "" : " --round " + interview.rounds().stream()
                .map(p -> p.round().shortName()).collect(Collectors.joining(","));
        return katas.isEmpty() ? repeat : repeat + " --kata " + katas.stream().map(String::strip).distinct()
                .collect(Collectors.joining(","));
    }
}
