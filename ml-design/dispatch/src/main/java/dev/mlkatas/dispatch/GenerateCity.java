package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.data.SolomonFormat;
import dev.mlkatas.dispatch.planning.RoutePlan;
import dev.mlkatas.dispatch.simulation.CityDay;
import dev.mlkatas.dispatch.simulation.Delivery;
import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dispatch generate}: writes the simulated evening the job plans by default as an instance in Solomon's
 * format, {@code city.txt}, so that it can be read, changed, and solved with {@code --instance}. The store is the
 * depot, each delivery a customer with its units as demand, its half-hour window and, as service time, the
 * minutes its handover really took (the job's own plans only estimate them); the shoppers on shift are the fleet,
 * each with the largest car's capacity. Coordinates are minutes of driving; every number has two decimals at most.
 *
 * <p>Example: {@code ./kata run dispatch generate --deliveries 80 --seed 3 --out city}, then
 * {@code ./kata run dispatch --instance city/city.txt}
 */
@Command(name = "generate",
        description = "Writes the simulated evening as an instance in Solomon's format, city.txt: the store as the "
                + "depot, each delivery a customer with its units, its window and the minutes its handover took, "
                + "the shoppers as the fleet. --instance reads it back.",
        footer = {"  ./kata run dispatch generate --deliveries 80 --seed 3 --out city",
            "  ./kata run dispatch --instance city/city.txt --out city-routes"})
public final class GenerateCity extends JobCommand {

    /** The file written in the output folder. */
    static final String FILE = "city.txt";

    @Option(names = "--deliveries", paramLabel = "N", defaultValue = "" + DispatchJob.DEFAULT_DELIVERIES,
            description = "Deliveries of the simulated evening at most (5 to 150).")
    private int deliveries;

    @Option(names = "--shoppers", paramLabel = "N", defaultValue = "" + DispatchJob.DEFAULT_SHOPPERS,
            description = "Shoppers on shift (1 to 200): the instance's VEHICLE NUMBER.")
    private int shoppers;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    @Override
    protected long defaultSeed() {
        return DispatchJob.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        int n = within("--deliveries", deliveries, 5, 150);
        int m = within("--shoppers", shoppers, 1, 200);
        Instance instance = instance(CityDay.generate(seed.value(), n, m, DispatchJob.PAST_TRIPS));
        Path written = output.writeOne("dispatch-data", FILE,
                file -> Files.writeString(file, SolomonFormat.format(instance), StandardCharsets.UTF_8));
        out().printf(Locale.ROOT, "wrote %s (%s: %d customers, %d vehicles of capacity %d, seed %d)%n", written,
                instance.name(), instance.customers(), instance.vehicles(), instance.capacity(), seed.value());
        return 0;
    }

    /** The day as the job's plans see it, with the handovers' real minutes, every number to two decimals. */
    private static Instance instance(CityDay day) {
        double[] minutes = day.deliveries().stream().mapToDouble(Delivery::handoverMinutes).toArray();
        Instance exact = RoutePlan.instance(day, minutes);
        List<Stop> stops = exact.stops().stream().map(s -> new Stop(s.number(), hundredths(s.x()), hundredths(s.y()),
                s.demand(), hundredths(s.ready()), hundredths(s.due()), hundredths(s.service()))).toList();
        return new Instance(exact.name(), exact.vehicles(), exact.capacity(), stops);
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
