package dev.mlgate.history.internal;

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
        // 2n + 1 interpolation points, BOBYQA's recommended count; radii from the [0, 1] box down to 1e-10
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(7, 0.05, 1e-10);
        double[] best = optimizer.optimize(
                new MaxEval(20_000),
                new ObjectiveFunction(point -> HoltWinters.model(series, period, 1,
                        new Parameters(point[0], point[1], point[2])).squaredError()),
                GoalType.MINIMIZE,
                new InitialGuess(START),
                new SimpleBounds(new double[] {0, 0, 0}, new double[] {1, 1, 1})).getPoint();
        return new Parameters(clamp(best[0]), clamp(best[1]), clamp(best[2]));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
