package dev.mlgate.history.internal;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/** Chooses Holt-Winters smoothing parameters: least squares of the one-step residuals, each in [0, 1]. */
final class HoltWintersFit {

    /** Deequ's starting point for alpha, beta and gamma. */
    private static final double[] START = {0.3, 0.1, 0.1};

    private HoltWintersFit() {
    }

    /** The smoothing parameters for level, trend and season. */
    record Parameters(double alpha, double beta, double gamma) {
    }

    static Parameters fit(double[] series, int period) {
        Best best = new Best();
        MultivariateFunction squaredError = point -> best.offer(point, HoltWinters.model(series, period, 1,
                new Parameters(clamp(point[0]), clamp(point[1]), clamp(point[2]))).squaredError());
        double[] start = START;
        // BOBYQA gives up on some flat or degenerate sums of squares ("trust region step has failed to reduce
        // Q"); it is restarted once from the best point seen, with a smaller radius, and its best point is kept
        for (double radius : new double[] {0.05, 0.01}) {
            try {
                new BOBYQAOptimizer(7, radius, 1e-10).optimize(new MaxEval(20_000),
                        new ObjectiveFunction(squaredError), GoalType.MINIMIZE, new InitialGuess(start),
                        new SimpleBounds(new double[] {0, 0, 0}, new double[] {1, 1, 1}));
                break;
            } catch (MathIllegalStateException e) {
                start = best.point.clone();
            }
        }
        return new Parameters(clamp(best.point[0]), clamp(best.point[1]), clamp(best.point[2]));
    }

    /** The point with the smallest sum of squares evaluated so far. */
    private static final class Best {
        private double[] point = START.clone();
        private double value = Double.POSITIVE_INFINITY;

        double offer(double[] candidate, double candidateValue) {
            if (candidateValue < value) {
                value = candidateValue;
                point = candidate.clone();
            }
            return candidateValue;
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
