package dev.neurona.spark;

import dev.neurona.runtime.Evaluation;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.Task;
import dev.neurona.runtime.eval.ClassificationReport;
import dev.neurona.runtime.eval.RegressionReport;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Evaluating and predicting on Spark: the rows are cut into consecutive shards, one per
 * partition; the model is broadcast; each partition computes its outputs, loss sum and confusion
 * counts; the driver adds them up in partition order, so the figures are deterministic.
 * Classification sends back only k×k counts per partition; regression and prediction send back
 * the outputs, which the driver concatenates in row order.
 */
final class DistributedScoring {
    private final JavaSparkContext spark;
    private final int partitions;

    DistributedScoring(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    /** As {@link Model#evaluate(Dataset)}, with the forward passes on the workers. */
    Evaluation evaluate(Model model, Dataset data) {
        requireWidth(model, data);
        boolean classification = data.task() == Task.CLASSIFICATION;
        List<ShardScore> scores =
                run(model, data, classification ? ShardScorer.Want.CONFUSION : ShardScorer.Want.OUTPUTS_AND_LOSS);
        double lossSum = 0;
        for (ShardScore score : scores) lossSum += score.lossSum();
        double loss = lossSum / data.rows();
        if (classification) {
            int k = data.schema().classCount();
            int[][] confusion = new int[k][k];
            for (ShardScore score : scores) {
                int[][] counted = Objects.requireNonNull(score.confusion(), "a classification score has counts");
                for (int t = 0; t < k; t++) for (int p = 0; p < k; p++) confusion[t][p] += counted[t][p];
            }
            ClassificationReport report = ClassificationReport.ofConfusion(confusion, data.classNames())
                    .withLoss(loss);
            return new Evaluation(data.name(), loss, report, null);
        }
        RegressionReport report = RegressionReport.of(
                        Objects.requireNonNull(data.targets(), "a regression data set has targets"),
                        concatenate(scores),
                        data.targetWidth())
                .withLoss(loss);
        return new Evaluation(data.name(), loss, null, report);
    }

    /** As {@link Model#predict(Dataset)}, with the forward passes on the workers. */
    float[] predict(Model model, Dataset data) {
        requireWidth(model, data);
        return concatenate(run(model, data, ShardScorer.Want.OUTPUTS));
    }

    private List<ShardScore> run(Model trained, Dataset data, ShardScorer.Want want) {
        int shards = Math.min(partitions, data.rows());
        List<DatasetShard> pieces = new ArrayList<>(shards);
        for (int s = 0; s < shards; s++) {
            pieces.add(DatasetShard.range(
                    data, (int) ((long) s * data.rows() / shards), (int) ((long) (s + 1) * data.rows() / shards)));
        }
        ShippedModel model = ShippedModel.of(trained.network());
        boolean predicting = want == ShardScorer.Want.OUTPUTS;
        SparkFailures.Doing doing = predicting ? SparkFailures.Doing.PREDICTING : SparkFailures.Doing.EVALUATING;
        try (ClusterJobs jobs = new ClusterJobs(spark)) {
            List<ShardScore> scores = jobs.run(
                            doing,
                            () -> {
                                Broadcast<ShippedModel> shipped = spark.broadcast(model);
                                try {
                                    ShardScorer scorer = new ShardScorer(
                                            shipped,
                                            trained.lossSpec(),
                                            data.schema().classCount(),
                                            want);
                                    return spark.parallelize(pieces, shards)
                                            .mapPartitionsWithIndex(scorer, false)
                                            .collect();
                                } finally {
                                    shipped.destroy();
                                }
                            },
                            () -> false)
                    .orElseThrow(() -> new ClusterException(
                            predicting
                                    ? Text.of("spark.interrupted.predicting")
                                    : Text.of("spark.interrupted.evaluating"),
                            new InterruptedException()));
            List<ShardScore> ordered = new ArrayList<>(scores);
            ordered.sort(Comparator.comparingInt(ShardScore::partition));
            return ordered;
        }
    }

    private static float[] outputs(ShardScore score) {
        return Objects.requireNonNull(score.outputs(), "a regression score has outputs");
    }

    private static float[] concatenate(List<ShardScore> scores) {
        int length = 0;
        for (ShardScore score : scores) length += outputs(score).length;
        float[] all = new float[length];
        int at = 0;
        for (ShardScore score : scores) {
            float[] outputs = outputs(score);
            System.arraycopy(outputs, 0, all, at, outputs.length);
            at += outputs.length;
        }
        return all;
    }

    private static void requireWidth(Model model, Dataset data) {
        if (data.width() != model.network().inputWidth()) {
            throw new dev.neurona.runtime.data.DataException(
                    Text.of("input.width", String.valueOf(model.network().inputWidth()), String.valueOf(data.width())));
        }
    }
}
