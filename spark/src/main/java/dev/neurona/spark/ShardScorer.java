package dev.neurona.spark;

import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.loss.Loss;
import dev.neurona.runtime.nn.Network;
import dev.neurona.runtime.spec.LossKind;
import dev.neurona.runtime.spec.LossSpec;
import dev.neurona.runtime.train.DatasetScorer;
import dev.neurona.runtime.train.Predictions;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/**
 * The worker's side of evaluating and predicting: the broadcast model's outputs for a partition's
 * rows, in inference mode, with the loss summed and classes counted where asked.
 */
final class ShardScorer implements Function2<Integer, Iterator<DatasetShard>, Iterator<ShardScore>> {
    private static final long serialVersionUID = 1L;

    /** What to send back. */
    enum Want {
        OUTPUTS,
        CONFUSION,
        OUTPUTS_AND_LOSS
    }

    private final Broadcast<ShippedModel> model;
    private final LossKind lossKind;
    private final double lossDelta;
    private final int classes;
    private final Want want;

    ShardScorer(Broadcast<ShippedModel> model, LossSpec loss, int classes, Want want) {
        this.model = model;
        this.lossKind = loss.kind();
        this.lossDelta = loss.delta();
        this.classes = classes;
        this.want = want;
    }

    @Override
    public Iterator<ShardScore> call(Integer partition, Iterator<DatasetShard> shards) {
        if (!shards.hasNext()) return List.<ShardScore>of().iterator();
        Dataset data = shards.next().dataset();
        Network network = model.value().newNetwork();
        float[] outputs = network.predict(data.features(), data.rows());
        double lossSum = 0;
        if (want != Want.OUTPUTS) {
            Loss loss = Loss.create(
                    new LossSpec(lossKind, lossDelta),
                    network.outputActivation().kind());
            lossSum = new DatasetScorer(network, loss).score(data).loss() * data.rows();
        }
        int[][] confusion = null;
        if (want == Want.CONFUSION) {
            confusion = new int[classes][classes];
            int[] labels = Objects.requireNonNull(data.labels(), "a classification data set has labels");
            int[] predicted = Predictions.predictedClasses(outputs, data.rows(), network.outputWidth());
            for (int i = 0; i < predicted.length; i++) confusion[labels[i]][predicted[i]]++;
        }
        return List.of(new ShardScore(partition, lossSum, confusion, want == Want.CONFUSION ? null : outputs))
                .iterator();
    }
}
