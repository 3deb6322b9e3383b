package dev.neurona.lang.plan;

import java.util.List;

/** A model's {@code input} line: a fixed shape, or the shape of a data set known when it runs. */
public sealed interface InputPlan {

    /** {@code input 4} is {@code [4]}; {@code input 28x28} is {@code [28, 28]}. */
    record Fixed(List<Integer> shape) implements InputPlan {
        public Fixed {
            shape = List.copyOf(shape);
        }
    }

    /** {@code input DATA}: the feature shape of the data set named {@code data}. */
    record FromData(String data) implements InputPlan {}
}
