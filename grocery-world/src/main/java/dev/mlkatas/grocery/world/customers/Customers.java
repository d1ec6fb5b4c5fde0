package dev.mlkatas.grocery.world.customers;

import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.city.City;
import dev.mlkatas.grocery.world.city.ClosingDays;
import dev.mlkatas.grocery.world.city.Location;
import dev.mlkatas.grocery.world.draws.Sampling;
import dev.mlkatas.grocery.world.draws.Seeds;
import java.util.SplittableRandom;

/**
 * Draws customers one at a time from their own random stream, so that any customer can be drawn without the
 * others. Covariates: fee sensitivity Beta(2, 2) (unknown for 8 %), late deliveries Poisson(1.2), support
 * contacts Poisson(0.6), 30 % on the plus plan, one of five regions (unknown for 3 %). Traits as in
 * {@link Traits}; the signup day is uniform over the first {@link WorldSettings#SIGNUP_WEEKS} weeks (a day the
 * shops are closed gives way to the last open day before it), the home uniform on the grid.
 *
 * <p>Example: {@code new Customers(WorldSettings.defaults(7)).customer(0).id()} is {@code "C000001"}.
 */
public final class Customers {

    private static final String[] REGIONS = {"centre", "east", "north", "south", "west"};

    private final WorldSettings settings;

    public Customers(WorldSettings settings) {
        this.settings = settings;
    }

    /** The customer with this index, 0 to customers - 1. */
    public Customer customer(int index) {
        if (index < 0 || index >= settings.customers()) {
            throw new IndexOutOfBoundsException("no customer " + index + " among " + settings.customers());
        }
        SplittableRandom random = Seeds.stream(settings.seed(), Seeds.CUSTOMERS, index);
        Covariates covariates = covariates(random);
        GroundTruth truth = settings.truth();
        double rate = Sampling.gamma(random, truth.r(), truth.alpha());
        double base = Sampling.beta(random, truth.a(), truth.b());
        double dropout = 1 / (1 + Math.exp(-(Math.log(base / (1 - base)) + covariates.dropoutLogOdds())));
        double nu = Sampling.gamma(random, truth.q(), truth.gamma());
        int signupDay = random.nextInt(WorldSettings.SIGNUP_WEEKS * 7);
        Location home = new Location(Math.round(random.nextDouble() * City.SIZE_KM * 100) / 100.0,
                Math.round(random.nextDouble() * City.SIZE_KM * 100) / 100.0);
        double unitsPerLine = 1 + Sampling.gamma(random, 1, 4);
        Traits traits = new Traits(rate, dropout, nu, truth.p() / nu, unitsPerLine);
        return new Customer(id(index + 1), index,
                ClosingDays.lastOpenDay(WorldSettings.START.plusDays(signupDay)), home, traits, covariates);
    }

    /**
     * {@code C} and the number in at least six digits, as {@code String.format("C%06d")} writes it: formatting
     * was most of the cost of drawing a customer.
     */
    static String id(int number) {
        String digits = Integer.toString(number);
        return "C" + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    private static Covariates covariates(SplittableRandom random) {
        double fee = random.nextDouble() < 0.08 ? Double.NaN : Sampling.beta(random, 2, 2);
        int late = Sampling.poisson(random, 1.2);
        int support = Sampling.poisson(random, 0.6);
        String plan = random.nextDouble() < 0.3 ? "plus" : "standard";
        String region = random.nextDouble() < 0.03 ? null : REGIONS[random.nextInt(REGIONS.length)];
        return new Covariates(fee, late, support, plan, region);
    }
}
