package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.loss.Targets;
import org.ejml.data.FMatrixRMaj;

/** Copies the rows of a batch out of a data set's features, by index. */
final class BatchGather {
    private BatchGather() {}

    /** {@code into} becomes the {@code count × width} features of rows {@code order[from ..]}. */
    static void features(Dataset data, int[] order, int from, int count, FMatrixRMaj into) {
        int width = data.width();
        into.reshape(count, width);
        for (int i = 0; i < count; i++) data.copyRow(order[from + i], into.data, i * width);
    }

    /** How many rows of the batch the outputs classify correctly. */
    static int correct(FMatrixRMaj outputs, Targets targets) {
        int width = outputs.numCols;
        int right = 0;
        for (int r = 0; r < outputs.numRows; r++) {
            if (Predictions.predictedClass(outputs.data, r * width, width) == targets.label(r)) {
                right++;
            }
        }
        return right;
    }
}
