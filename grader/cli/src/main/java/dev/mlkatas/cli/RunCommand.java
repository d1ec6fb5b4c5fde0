package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.launch.KataLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kata run [--mine] <id> [args...]}: runs a kata's main job, with the reference by default. Every
 * argument after the id goes to the job unchanged; its exit code is this command's. With {@code --mine}, the
 * candidate's files of the katas its module builds on are theirs too (ranking's A/B test, experiments').
 */
@Command(name = "run", description = "Run a kata's main job (with the reference, or --mine for your code).")
final class RunCommand extends Subcommand implements Callable<Integer> {

    @Option(names = "--mine", description = "Run your code instead of the reference.")
    private boolean mine;

    @Parameters(index = "0", paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Parameters(index = "1..*", paramLabel = "<args>", description = "Arguments for the job (see kata show).")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Context context = context();
        Kata k = kata(id);
        String main = k.mainClass().orElseThrow(() -> new UserException(k.id() + " has no job to run"));
        if (!mine && !context.workspace().hasReferences(k)) {
            throw new UserException("this copy of the katas has no reference solutions; run your own code with "
                    + "./kata run --mine " + k.id());
        }
        List<Kata> builtOn = context.workspace().buildsOn(k, context.catalogue().katas());
        return new KataLauncher(context.workspace()).run(k, builtOn, main, mine, args);
    }
}
