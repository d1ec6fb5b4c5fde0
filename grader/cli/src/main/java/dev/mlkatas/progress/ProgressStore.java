package dev.mlkatas.progress;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A candidate's progress on every kata, kept in {@code .kata/progress.json} at the top of their clone (git
 * ignores it). Example: {@code new ProgressStore(root).get("two-sum").status()}.
 */
public final class ProgressStore {

    /** The file's layout: one entry per kata id. */
    record Document(Map<String, KataProgress> katas) {}

    private final StateFile file;

    public ProgressStore(Path root) {
        this.file = new StateFile(root, "progress.json", "progress", "start your progress over");
    }

    public KataProgress get(String kataId) {
        return read().getOrDefault(kataId, KataProgress.NONE);
    }

    public void recordHintsShown(String kataId, int count) {
        update(kataId, get(kataId).withHintsShown(count));
    }

    public void recordTest(String kataId, KataProgress.LastTest test) {
        update(kataId, get(kataId).withLastTest(test));
    }

    /** Notes that the kata is part of the interview whose clock started at {@code started}, with no task passed yet. */
    public void recordInterviewStart(String kataId, Instant started, int minutes) {
        KataProgress progress = get(kataId);
        if (progress.interview(started).isEmpty()) {
            update(kataId, progress.withInterview(new KataProgress.InterviewTimes(started, minutes, List.of())));
        }
    }

    /**
     * Notes that task {@code task} of the kata passed {@code after} into the interview that started at
     * {@code started}, unless an earlier run had passed it: the time kept is that of the first passing run.
     */
    public void recordInterviewPass(String kataId, Instant started, int minutes, int task, Duration after) {
        KataProgress progress = get(kataId);
        KataProgress.InterviewTimes times = progress.interview(started)
                .orElse(new KataProgress.InterviewTimes(started, minutes, List.of()));
        KataProgress.InterviewTimes passed = times.withPass(task, after.toSeconds());
        if (!passed.equals(times) || progress.interview(started).isEmpty()) {
            update(kataId, progress.withInterview(passed));
        }
    }

    private Map<String, KataProgress> read() {
        return file.read(Document.class).map(Document::katas).<Map<String, KataProgress>>map(TreeMap::new)
                .orElseGet(TreeMap::new);
    }

    private void update(String kataId, KataProgress progress) {
        Map<String, KataProgress> all = read();
        all.put(kataId, progress);
        file.write(new Document(all));
    }
}
