package dev.mlkatas.ltv;

import java.util.List;
import java.util.Objects;

/**
 * The BG/NBD log-likelihood (reference), after Fader, Hardie and Lee (2005), equation 6:
 *
 * <pre>
 * L = Γ(r+x) α^r / Γ(r) · B(a, b+x) / B(a, b) · [ (α+T)^-(r+x) + [x > 0] · a / (b+x-1) · (α+t_x)^-(r+x) ]
 * </pre>
 *
 * The parts that depend on x alone are computed once per distinct x, and the bracket as a log-sum-exp so
 * that it neither underflows nor overflows for large x.
 */
public final class BgNbdLikelihood {

    private BgNbdLikelihood() {
    }

    /**
     * The log-likelihood of the customers' summaries under the BG/NBD model with these parameters.
     *
     * <p>Example: {@code of(new BgNbdParameters(1, 1, 1, 1), List.of(new RfmSummary(1, 1, 2, 0)))} is
     * {@code ln(13/72)}.
     */
    public static double of(BgNbdParameters parameters, List<RfmSummary> customers) {
        Objects.requireNonNull(parameters, "parameters must not be null");
        Objects.requireNonNull(customers, "customers must not be null");
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        int maxX = 0;
        for (RfmSummary customer : customers) {
            maxX = Math.max(maxX, customer.frequency());
        }
        // ln[Γ(r+x)/Γ(r)] + ln[B(a, b+x)/B(a, b)] for every x up to the largest, by the recurrence Γ(z+1) = zΓ(z).
        double[] countPart = new double[maxX + 1];
        for (int x = 1; x <= maxX; x++) {
            countPart[x] = countPart[x - 1] + Math.log((r + x - 1) * (b + x - 1) / (a + b + x - 1));
        }
        double rLogAlpha = r * Math.log(alpha);
        double logA = Math.log(a);
        double total = 0;
        for (RfmSummary customer : customers) {
            int x = customer.frequency();
            double stillAlive = -(r + x) * Math.log(alpha + customer.age());
            double bracket = stillAlive;
            if (x > 0) {
                double goneAfterLast = logA - Math.log(b + x - 1) + (r + x) * Math.log(alpha + customer.recency());
                bracket = Math.max(stillAlive, goneAfterLast)
                        + Math.log1p(Math.exp(-Math.abs(stillAlive - goneAfterLast)));
            }
            total += countPart[x] + rLogAlpha + bracket;
        }
        return total;
    }
}
