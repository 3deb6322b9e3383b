package dev.neurona.runtime.train;

import dev.neurona.runtime.data.Batch;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.StreamBatches;
import dev.neurona.runtime.data.StreamedDataset;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.loss.Targets;
import dev.neurona.runtime.nn.Network;
import org.ejml.data.FMatrixRMaj;

/**
 * Mean loss and accuracy of a network over a whole data set, in inference mode, in chunks
 * through reused buffers.
 */
public final class DatasetScorer {
    private static final int CHUNK = 512;

    private final Network network;
    private final Loss loss;
    private final Targets targets;
    private final FMatrixRMaj input = new FMatrixRMaj(1, 1);
    private int[] order = new int[0];

    public DatasetScorer(Network network, Loss loss) {
        this.network = network;
        this.loss = loss;
        this.targets = new Targets(network.outputWidth());
    }

    /** The mean loss and the accuracy (NaN for regression) of the network on {@code data}. */
    public Score score(Dataset data) {
        int rows = data.rows();
        if (order.length < rows) {
            order = new int[rows];
            for (int i = 0; i < rows; i++) order[i] = i;
        }
        double lossSum = 0;
        long correct = 0;
        for (int start = 0; start < rows; start += CHUNK) {
            int n = Math.min(CHUNK, rows - start);
            BatchGather.features(data, order, start, n, input);
            targets.gather(data, order, start, n);
            FMatrixRMaj y = network.forward(input, false);
            lossSum += loss.compute(y, network.logits(), targets, null) * n;
            if (targets.isClassification()) {
                correct += BatchGather.correct(y, targets);
            }
        }
        return new Score(lossSum / rows, targets.isClassification() ? (double) correct / rows : Double.NaN);
    }

    /** As {@link #score(Dataset)}, reading a streamed data set once in file order, in the same chunks. */
    public Score score(StreamedDataset data) {
        double lossSum = 0;
        long correct = 0;
        long rows = 0;
        try (StreamBatches batches = data.batches(CHUNK)) {
            while (batches.hasNext()) {
                Batch batch = batches.next();
                int n = batch.rows();
                input.reshape(n, batch.width());
                System.arraycopy(batch.features(), 0, input.data, 0, n * batch.width());
                targets.gather(batch.labels(), batch.targets(), n);
                FMatrixRMaj y = network.forward(input, false);
                lossSum += loss.compute(y, network.logits(), targets, null) * n;
                if (targets.isClassification()) {
                    correct += BatchGather.correct(y, targets);
                }
                rows += n;
            }
        }
        return new Score(lossSum / rows, targets.isClassification() ? (double) correct / rows : Double.NaN);
    }

    /** Mean loss and accuracy over a data set. */
    public record Score(double loss, double accuracy) {}
}
