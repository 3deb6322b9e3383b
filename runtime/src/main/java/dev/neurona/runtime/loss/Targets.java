package dev.neurona.runtime.loss;

import dev.neurona.runtime.data.Dataset;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * The targets of one batch, in the two forms losses want: the class index of each row
 * (classification) and a dense {@code rows × outputs} matrix (regression values; one-hot
 * classes, or the class itself for a single sigmoid output). Reused from batch to batch.
 */
public final class Targets {
    private final int outputs;
    private int[] labels = new int[0];
    private final FMatrixRMaj values = new FMatrixRMaj(1, 1);
    private int rows;
    private boolean classification;

    public Targets(int outputs) {
        this.outputs = outputs;
    }

    /** Copies the targets of rows {@code order[from .. from+count)} of {@code data}. */
    public Targets gather(Dataset data, int[] order, int from, int count) {
        rows = count;
        classification = data.labels() != null;
        values.reshape(count, outputs);
        float[] v = values.data;
        if (classification) {
            if (labels.length < count) {
                labels = new int[Math.max(count, labels.length * 2)];
            }
            java.util.Arrays.fill(v, 0, count * outputs, 0f);
            int[] source = Objects.requireNonNull(data.labels());
            for (int i = 0; i < count; i++) {
                int label = source[order[from + i]];
                labels[i] = label;
                if (outputs == 1) {
                    v[i] = label;
                } else {
                    v[i * outputs + label] = 1f;
                }
            }
        } else {
            if (data.targetWidth() != outputs) {
                throw new IllegalArgumentException(
                        "the data has " + data.targetWidth() + " targets, the network " + outputs + " outputs");
            }
            float[] source = data.targets();
            for (int i = 0; i < count; i++) {
                System.arraycopy(source, order[from + i] * outputs, v, i * outputs, outputs);
            }
        }
        return this;
    }

    /**
     * Copies the targets of the first {@code count} rows of a streamed batch: {@code labels}
     * (classification) or {@code values}, one number per row (regression), the other null.
     */
    public Targets gather(int @Nullable [] batchLabels, float @Nullable [] batchValues, int count) {
        rows = count;
        classification = batchLabels != null;
        values.reshape(count, outputs);
        float[] v = values.data;
        if (batchLabels != null) {
            if (labels.length < count) {
                labels = new int[Math.max(count, labels.length * 2)];
            }
            java.util.Arrays.fill(v, 0, count * outputs, 0f);
            for (int i = 0; i < count; i++) {
                int label = batchLabels[i];
                labels[i] = label;
                if (outputs == 1) {
                    v[i] = label;
                } else {
                    v[i * outputs + label] = 1f;
                }
            }
        } else {
            if (outputs != 1) {
                throw new IllegalArgumentException("the data has 1 target, the network " + outputs + " outputs");
            }
            System.arraycopy(Objects.requireNonNull(batchValues, "no targets"), 0, v, 0, count);
        }
        return this;
    }

    public int rows() {
        return rows;
    }

    public boolean isClassification() {
        return classification;
    }

    /** Class index of row {@code i} (classification only). */
    public int label(int i) {
        return labels[i];
    }

    /** The dense target matrix, {@code rows × outputs}. */
    public FMatrixRMaj values() {
        return values;
    }
}
