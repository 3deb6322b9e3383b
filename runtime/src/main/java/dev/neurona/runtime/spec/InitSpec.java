package dev.neurona.runtime.spec;

/**
 * How a dense layer's weights start. {@code param} is the standard deviation of {@code normal}
 * or the limit of {@code uniform}; biases always start at zero.
 */
public record InitSpec(InitKind kind, double param) {
    public static final InitSpec AUTO = new InitSpec(InitKind.AUTO, 0);
    public static final InitSpec HE = new InitSpec(InitKind.HE, 0);
    public static final InitSpec XAVIER = new InitSpec(InitKind.XAVIER, 0);
    public static final InitSpec ZEROS = new InitSpec(InitKind.ZEROS, 0);

    public InitSpec {
        if (kind == null) {
            throw new IllegalArgumentException("init kind is required");
        }
        if ((kind == InitKind.NORMAL || kind == InitKind.UNIFORM) && !(param > 0)) {
            throw new IllegalArgumentException(kind.keyword() + " init needs a positive parameter, got " + param);
        }
    }

    public static InitSpec normal(double std) {
        return new InitSpec(InitKind.NORMAL, std);
    }

    public static InitSpec uniform(double limit) {
        return new InitSpec(InitKind.UNIFORM, limit);
    }

    /** The concrete scheme for a layer with this activation: AUTO becomes HE or XAVIER. */
    public InitSpec resolve(ActivationSpec activation) {
        if (kind != InitKind.AUTO) {
            return this;
        }
        return activation.kind().isReluFamily() ? HE : XAVIER;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NORMAL, UNIFORM -> kind.keyword() + "(" + SpecFormat.number(param) + ")";
            default -> kind.keyword();
        };
    }
}
