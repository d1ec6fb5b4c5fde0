package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.progress.ProgressStore;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kata hint <id>}: reveals the next hint and remembers it. Once all are revealed it prints them all
 * again, so nothing already seen is ever lost.
 */
@Command(name = "hint", description = "Reveal the next hint of a kata (they build on each other).")
final class HintCommand extends Subcommand implements Runnable {

    @Parameters(paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Override
    public void run() {
        Context context = context();
        Kata k = kata(id);
        List<String> hints = k.hints();
        PrintWriter out = out();
        if (hints.isEmpty()) {
            out.println(k.id() + " has no hints.");
        } else {
            ProgressStore progress = context.progress();
            int shown = progress.get(k.id()).hintsShown();
            if (shown < hints.size()) {
                out.println("Hint " + (shown + 1) + " of " + hints.size() + ": " + hints.get(shown).strip());
                progress.recordHintsShown(k.id(), shown + 1);
            } else {
                out.println("All " + hints.size() + " hints of " + k.id() + " are shown:");
                for (int i = 0; i < hints.size(); i++) {
                    out.println("Hint " + (i + 1) + " of " + hints.size() + ": " + hints.get(i).strip());
                }
            }
        }
        out.flush();
    }
}
