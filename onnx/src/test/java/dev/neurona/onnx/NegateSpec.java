package dev.neurona.onnx;

import dev.neurona.runtime.nn.Layer;
import dev.neurona.runtime.nn.LayerContext;
import dev.neurona.runtime.nn.LayerSpec;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.optim.Param;
import java.io.DataOutput;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * A layer kind of an embedding application's own, y = −x, which the export has never heard of:
 * it must be refused by name rather than left out of the graph.
 */
record NegateSpec() implements LayerSpec {
    @Override
    public String kind() {
        return "negate";
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public String describe() {
        return "negate";
    }

    @Override
    public void write(DataOutput out) {}

    @Override
    public Layer build(Shape input, LayerContext context) {
        int width = input.size();
        return new Layer() {
            private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
            private final FMatrixRMaj dx = new FMatrixRMaj(1, 1);

            @Override
            public int inputWidth() {
                return width;
            }

            @Override
            public int outputWidth() {
                return width;
            }

            @Override
            public FMatrixRMaj forward(FMatrixRMaj x, boolean training) {
                y.reshape(x.numRows, width);
                for (int i = 0; i < x.numRows * width; i++) y.data[i] = -x.data[i];
                return y;
            }

            @Override
            public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean gradIsPreActivation, boolean needInputGrad) {
                if (!needInputGrad) return null;
                dx.reshape(gradOutput.numRows, width);
                for (int i = 0; i < gradOutput.numRows * width; i++) dx.data[i] = -gradOutput.data[i];
                return dx;
            }

            @Override
            public List<Param> params() {
                return List.of();
            }

            @Override
            public FMatrixRMaj preActivation() {
                return y;
            }
        };
    }
}
