package dev.neurona.runtime.eval;

import dev.neurona.runtime.i18n.Messages;
import java.util.OptionalDouble;

/**
 * How close predicted numbers are to the true ones, per output and averaged over outputs
 * uniformly, as scikit-learn's {@code multioutput="uniform_average"}. Immutable. For output j
 * over n rows, with e = y − ŷ and ȳ the mean of y:
 * <pre>
 *   MSE  = Σe² / n          RMSE = √MSE          MAE = Σ|e| / n
 *   R²   = 1 − Σe² / Σ(y − ȳ)²
 * </pre>
 * A constant target (Σ(y − ȳ)² = 0) has R² = 1 when predicted exactly and 0 otherwise, as
 * scikit-learn's {@code force_finite=True}; one row is such a target. The overall RMSE is the
 * mean of the per-output RMSEs, as scikit-learn's {@code root_mean_squared_error}, not the root
 * of the overall MSE. Sums are taken in double.
 */
public final class RegressionReport {
    private final int rows;
    private final double[] mse;
    private final double[] mae;
    private final double[] r2;
    private final OptionalDouble loss;

    private RegressionReport(int rows, double[] mse, double[] mae, double[] r2, OptionalDouble loss) {
        this.rows = rows;
        this.mse = mse;
        this.mae = mae;
        this.r2 = r2;
        this.loss = loss;
    }

    /**
     * The report for {@code predicted} against {@code truth}, both row-major with {@code width}
     * outputs per row. Reads the arrays, keeps no reference to them.
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or do not hold
     *                                  whole rows of {@code width}
     */
    public static RegressionReport of(float[] truth, float[] predicted, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("the number of outputs must be at least 1, got " + width);
        }
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(
                    "there are " + truth.length + " true values but " + predicted.length + " predictions");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("there are no examples to evaluate");
        }
        if (truth.length % width != 0) {
            throw new IllegalArgumentException(
                    truth.length + " values do not make whole rows of " + width + " outputs");
        }
        int rows = truth.length / width;
        double[] mean = new double[width];
        double[] squaredError = new double[width];
        double[] absoluteError = new double[width];
        for (int i = 0; i < truth.length; i++) {
            int j = i % width;
            double error = (double) truth[i] - predicted[i];
            mean[j] += truth[i];
            squaredError[j] += error * error;
            absoluteError[j] += Math.abs(error);
        }
        double[] spread = new double[width];
        for (int j = 0; j < width; j++) mean[j] /= rows;
        for (int i = 0; i < truth.length; i++) {
            double deviation = truth[i] - mean[i % width];
            spread[i % width] += deviation * deviation;
        }
        double[] mse = new double[width];
        double[] mae = new double[width];
        double[] r2 = new double[width];
        for (int j = 0; j < width; j++) {
            mse[j] = squaredError[j] / rows;
            mae[j] = absoluteError[j] / rows;
            r2[j] = spread[j] > 0 ? 1 - squaredError[j] / spread[j] : (squaredError[j] == 0 ? 1 : 0);
        }
        return new RegressionReport(rows, mse, mae, r2, OptionalDouble.empty());
    }

    /**
     * The report built up batch by batch, for rows that are never all held at once: the same
     * sums as {@link #of}, in the same order, except the spread around the mean, which is
     * accumulated by Welford's method and so agrees with {@link #of}'s to rounding.
     */
    public static final class Accumulator {
        private final int width;
        private long rows;
        private final double[] mean;
        private final double[] spread;
        private final double[] squaredError;
        private final double[] absoluteError;

        public Accumulator(int width) {
            if (width < 1) {
                throw new IllegalArgumentException("the number of outputs must be at least 1, got " + width);
            }
            this.width = width;
            this.mean = new double[width];
            this.spread = new double[width];
            this.squaredError = new double[width];
            this.absoluteError = new double[width];
        }

        /** Adds {@code count} rows of {@code truth} and {@code predicted}, row-major with {@code width} per row, from index 0. */
        public void add(float[] truth, float[] predicted, int count) {
            for (int i = 0; i < count * width; i++) {
                int j = i % width;
                double error = (double) truth[i] - predicted[i];
                squaredError[j] += error * error;
                absoluteError[j] += Math.abs(error);
                if (j == 0) {
                    rows++;
                }
                double delta = truth[i] - mean[j];
                mean[j] += delta / rows;
                spread[j] += delta * (truth[i] - mean[j]);
            }
        }

        /** @throws IllegalArgumentException when no rows were added */
        public RegressionReport report() {
            if (rows == 0) {
                throw new IllegalArgumentException("there are no examples to evaluate");
            }
            double[] mse = new double[width];
            double[] mae = new double[width];
            double[] r2 = new double[width];
            for (int j = 0; j < width; j++) {
                mse[j] = squaredError[j] / rows;
                mae[j] = absoluteError[j] / rows;
                r2[j] = spread[j] > 0 ? 1 - squaredError[j] / spread[j] : (squaredError[j] == 0 ? 1 : 0);
            }
            return new RegressionReport((int) Math.min(rows, Integer.MAX_VALUE), mse, mae, r2, OptionalDouble.empty());
        }
    }

    /** The same report, also stating the mean loss over the examples. */
    public RegressionReport withLoss(double meanLoss) {
        return new RegressionReport(rows, mse, mae, r2, OptionalDouble.of(meanLoss));
    }

    public OptionalDouble loss() {
        return loss;
    }

    /** The number of examples (rows). */
    public int rows() {
        return rows;
    }

    public int outputs() {
        return mse.length;
    }

    public double mse() {
        return average(mse);
    }

    public double rmse() {
        double sum = 0;
        for (int j = 0; j < outputs(); j++) sum += rmse(j);
        return sum / outputs();
    }

    public double mae() {
        return average(mae);
    }

    public double r2() {
        return average(r2);
    }

    public double mse(int output) {
        return mse[output];
    }

    public double rmse(int output) {
        return Math.sqrt(mse[output]);
    }

    public double mae(int output) {
        return mae[output];
    }

    public double r2(int output) {
        return r2[output];
    }

    /**
     * The report as text: one line with the loss (when known) and the averaged MSE, RMSE, MAE
     * and R², then, for more than one output, a table of them per output.
     */
    public String format() {
        return format(Messages.english());
    }

    /** As {@link #format()}, in {@code messages}' language. */
    public String format(Messages messages) {
        StringBuilder text = new StringBuilder();
        String mse = TextTable.decimal(mse());
        String rmse = TextTable.decimal(rmse());
        String mae = TextTable.decimal(mae());
        String r2 = TextTable.decimal(r2());
        text.append(
                        loss.isPresent()
                                ? messages.text(
                                        "eval.regression.loss",
                                        TextTable.decimal(loss.getAsDouble()),
                                        mse,
                                        rmse,
                                        mae,
                                        r2)
                                : messages.text("eval.regression", mse, rmse, mae, r2))
                .append('\n');
        if (outputs() > 1) {
            TextTable table = new TextTable().row(messages.text("eval.column.output"), "mse", "rmse", "mae", "r2");
            for (int j = 0; j < outputs(); j++) {
                table.row(
                        Integer.toString(j),
                        TextTable.decimal(mse(j)),
                        TextTable.decimal(rmse(j)),
                        TextTable.decimal(mae(j)),
                        TextTable.decimal(r2(j)));
            }
            text.append(table.format());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static double average(double[] perOutput) {
        double sum = 0;
        for (double value : perOutput) sum += value;
        return sum / perOutput.length;
    }
}
