package dev.mlkatas.ltv;

import java.util.List;
import smile.math.special.Gamma;

/**
 * The BG/NBD log-likelihood written straight from Fader, Hardie and Lee (2005), equation 6, with Smile's
 * log-gamma: an oracle computed another way than by the recurrence a solution would use.
 */
final class BgNbdFormula {

    private BgNbdFormula() {
    }

    static double logLikelihood(BgNbdParameters p, List<RfmSummary> customers) {
        double total = 0;
        for (RfmSummary c : customers) {
            int x = c.frequency();
            double r = p.r();
            double alpha = p.alpha();
            double a = p.a();
            double b = p.b();
            double counts = Gamma.lgamma(r + x) - Gamma.lgamma(r) + r * Math.log(alpha)
                    + Gamma.lgamma(a + b) + Gamma.lgamma(b + x) - Gamma.lgamma(b) - Gamma.lgamma(a + b + x);
            // The bracket's two powers underflow for a loyal customer: add them as logarithms.
            double alive = -(r + x) * Math.log(alpha + c.age());
            double logBracket = alive;
            if (x > 0) {
                double gone = Math.log(a / (b + x - 1)) - (r + x) * Math.log(alpha + c.recency());
                logBracket = Math.max(alive, gone) + Math.log(1 + Math.exp(-Math.abs(alive - gone)));
            }
            total += counts + logBracket;
        }
        return total;
    }
}
