package dev.neurona.runtime.spec;

/**
 * A learning-rate schedule, applied at the start of each epoch (epochs count from 0):
 * <ul>
 *   <li>{@code step(every, factor)}: lr · factor^floor(epoch / every)</li>
 *   <li>{@code exponential(rate)}: lr · rate^epoch</li>
 *   <li>{@code cosine(minLr)}: minLr + (lr − minLr) · (1 + cos(π · epoch / epochs)) / 2</li>
 * </ul>
 */
public record ScheduleSpec(ScheduleKind kind, int every, double factor, double rate, double minLr) {
    public static final ScheduleSpec CONSTANT = new ScheduleSpec(ScheduleKind.CONSTANT, 1, 1, 1, 0);

    public ScheduleSpec {
        if (kind == null) {
            throw new IllegalArgumentException("schedule kind is required");
        }
        if (every <= 0) {
            throw new IllegalArgumentException("step every must be positive, got " + every);
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("step factor must be positive, got " + factor);
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("exponential rate must be positive, got " + rate);
        }
        if (!(minLr >= 0)) {
            throw new IllegalArgumentException("min_lr must not be negative, got " + minLr);
        }
    }

    public static ScheduleSpec step(int every, double factor) {
        return new ScheduleSpec(ScheduleKind.STEP, every, factor, 1, 0);
    }

    public static ScheduleSpec exponential(double rate) {
        return new ScheduleSpec(ScheduleKind.EXPONENTIAL, 1, 1, rate, 0);
    }

    public static ScheduleSpec cosine(double minLr) {
        return new ScheduleSpec(ScheduleKind.COSINE, 1, 1, 1, minLr);
    }

    /** The learning rate for {@code epoch} (0-based) of {@code epochs}, from the base rate. */
    public double rate(double baseLr, int epoch, int epochs) {
        return switch (kind) {
            case CONSTANT -> baseLr;
            case STEP -> baseLr * Math.pow(factor, epoch / every);
            case EXPONENTIAL -> baseLr * Math.pow(rate, epoch);
            case COSINE -> minLr + (baseLr - minLr) * (1 + Math.cos(Math.PI * epoch / Math.max(1, epochs))) / 2;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CONSTANT -> "constant";
            case STEP -> "step(every=" + every + ", factor=" + SpecFormat.number(factor) + ")";
            case EXPONENTIAL -> "exponential(rate=" + SpecFormat.number(rate) + ")";
            case COSINE -> "cosine(min_lr=" + SpecFormat.number(minLr) + ")";
        };
    }
}
