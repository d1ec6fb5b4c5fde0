package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The log-likelihood against an oracle that knows no Gamma or Beta function: the model's likelihood for one
 * customer, given a purchase rate lambda and a dropout chance p, is
 * (1-p)^x λ^x e^(-λT) + [x > 0] p (1-p)^(x-1) λ^x e^(-λ t_x); averaging it over the Gamma and Beta mixing
 * distributions by numerical integration must give the closed form. Parameters and customers range over
 * small and large values, x = 0 and first-day customers (T = 0) included.
 */
@Label("Task 2: BG/NBD log-likelihood properties")
class BgNbdLikelihoodPropertiesTest {

    @Provide
    Arbitrary<BgNbdParameters> parameters() {
        return Combinators.combine(
                Arbitraries.doubles().between(0.2, 5), Arbitraries.doubles().between(0.3, 30),
                Arbitraries.doubles().between(0.2, 5), Arbitraries.doubles().between(0.3, 30))
                .as(BgNbdParameters::new);
    }

    @Provide
    Arbitrary<RfmSummary> customers() {
        Arbitrary<Double> ages = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 120));
        return Combinators.combine(Arbitraries.integers().between(0, 40).edgeCases(e -> e.add(0).add(1)), ages,
                        Arbitraries.doubles().between(0, 1))
                .as((x, age, share) -> new RfmSummary(x, x == 0 ? 0 : age * share, age, 0));
    }

    @Property(tries = 150)
    @Label("equals the purchase-and-dropout likelihood integrated over the Gamma and Beta mixtures")
    void agreesWithNumericalIntegration(@ForAll("parameters") BgNbdParameters parameters,
            @ForAll("customers") RfmSummary customer) {
        double expected = Math.log(integrated(parameters, customer));

        double actual = BgNbdLikelihood.of(parameters, List.of(customer));

        assertThat(actual).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
    }

    @Property(tries = 100)
    @Label("is additive: the customers of two lists together score the sum of the two")
    void isAdditive(@ForAll("parameters") BgNbdParameters parameters,
            @ForAll("lists") List<RfmSummary> first, @ForAll("lists") List<RfmSummary> second) {
        List<RfmSummary> both = new ArrayList<>(first);
        both.addAll(second);

        assertThat(BgNbdLikelihood.of(parameters, both)).isCloseTo(
                BgNbdLikelihood.of(parameters, first) + BgNbdLikelihood.of(parameters, second),
                within(1e-9 * (1 + both.size() * 100)));
    }

    @Provide
    Arbitrary<List<RfmSummary>> lists() {
        return customers().list().ofMaxSize(30);
    }

    /**
     * The mean of the customer's likelihood given (lambda, p) over lambda ~ Gamma(r, alpha) and
     * p ~ Beta(a, b), each mean a ratio of two integrals computed by the trapezoidal rule after a change of
     * variable that makes the integrand smooth and quickly vanishing at both ends: lambda = e^s and
     * p = 1/(1 + e^-s). The densities' constants cancel in the ratios, so no Gamma function is needed.
     */
    static double integrated(BgNbdParameters m, RfmSummary c) {
        int x = c.frequency();
        // Gamma(r, alpha): lambda^(r-1) e^(-alpha lambda) d lambda = lambda^r e^(-alpha lambda) ds.
        DoubleUnaryOperator rates = s -> Math.exp(m.r() * s - m.alpha() * Math.exp(s));
        double rateNorm = trapezoid(rates, -250, 15);
        double stillAlive = trapezoid(s -> rates.applyAsDouble(s) * Math.exp(x * s - Math.exp(s) * c.age()), -250, 15) / rateNorm;
        double goneAfterLast = x == 0 ? 0
                : trapezoid(s -> rates.applyAsDouble(s) * Math.exp(x * s - Math.exp(s) * c.recency()), -250, 15) / rateNorm;
        // Beta(a, b): p^(a-1) (1-p)^(b-1) dp = p^a (1-p)^b ds, with ln p = -ln(1 + e^-s), ln(1-p) = -ln(1 + e^s).
        DoubleUnaryOperator logP = s -> -Math.log1p(Math.exp(-s));
        DoubleUnaryOperator logQ = s -> -Math.log1p(Math.exp(s));
        DoubleUnaryOperator chances = s -> Math.exp(m.a() * logP.applyAsDouble(s) + m.b() * logQ.applyAsDouble(s));
        double chanceNorm = trapezoid(chances, -250, 250);
        double survives = trapezoid(s -> chances.applyAsDouble(s) * Math.exp(x * logQ.applyAsDouble(s)), -250, 250) / chanceNorm;
        double dropsAtLast = x == 0 ? 0
                : trapezoid(s -> chances.applyAsDouble(s)
                        * Math.exp(logP.applyAsDouble(s) + (x - 1) * logQ.applyAsDouble(s)), -250, 250) / chanceNorm;
        return survives * stillAlive + dropsAtLast * goneAfterLast;
    }

    /** The trapezoidal rule with steps of 0.01: for these smooth, fast-vanishing integrands it is exact to 1e-10. */
    private static double trapezoid(DoubleUnaryOperator f, double from, double to) {
        int steps = (int) Math.round((to - from) / 0.01);
        double h = (to - from) / steps;
        double sum = 0.5 * (f.applyAsDouble(from) + f.applyAsDouble(to));
        for (int i = 1; i < steps; i++) {
            sum += f.applyAsDouble(from + i * h);
        }
        return sum * h;
    }
}
