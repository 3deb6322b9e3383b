package dev.neurona.lang.watch;

import dev.neurona.lang.interp.TrainingView;
import dev.neurona.runtime.spec.Metric;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import dev.neurona.runtime.train.TrainingResult;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Hears one {@code train} statement and tells the page: its start (the model's layers and the
 * fixed inputs), a point of the running loss and accuracy at most {@value #POINTS_PER_SECOND}
 * times a second, every epoch with its notes, and its end; and asks for pictures of the network
 * at most {@value #PICTURES_PER_SECOND} times a second and after each epoch. Each batch costs a
 * clock reading; what it sends is made only at those throttled moments.
 */
final class TrainingFeed implements TrainingListener {
    static final int POINTS_PER_SECOND = 10;
    static final int PICTURES_PER_SECOND = 1;

    private final TrainingView view;
    private final EventLog log;
    private final LongSupplier clock;
    private final int run;
    private volatile @Nullable PictureTaker pictures;
    private long lastPoint = Long.MIN_VALUE / 2;
    private long lastPicture = Long.MIN_VALUE / 2;

    /** @param run this training run's number in the session, from 1 */
    TrainingFeed(TrainingView view, EventLog log, int run, LongSupplier clock) {
        this.view = view;
        this.log = log;
        this.run = run;
        this.clock = clock;
    }

    @Override
    public void onTrainBegin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
        try {
            begin(epochs, batchesPerEpoch, trainRows, validationRows);
        } catch (RuntimeException e) {
            // the page is a nicety: whatever it cannot show, training goes on
            log.append(Json.event("train")
                    .number("run", run)
                    .text("model", view.modelName())
                    .number("epochs", epochs)
                    .number("batches", batchesPerEpoch)
                    .text("problem", e.toString())
                    .toString());
        }
    }

    private void begin(int epochs, int batchesPerEpoch, int trainRows, int validationRows) {
        FixedInputs inputs = FixedInputs.of(
                view.train(), view.validation(), view.model().spec().inputShape());
        NetworkPictures drawing = new NetworkPictures(view.model().spec(), inputs);
        log.append(Json.event("train")
                .number("run", run)
                .text("model", view.modelName())
                .text("data", view.train().name())
                .number("epochs", epochs)
                .number("batches", batchesPerEpoch)
                .number("rows", trainRows)
                .number("validationRows", validationRows)
                .bool("classification", view.train().labels() != null)
                .raw("layers", drawing.layers())
                .raw("inputs", inputs.describe())
                .toString());
        if (!inputs.features().isEmpty()) {
            pictures = new PictureTaker(view.model().network(), drawing, log, view.modelName());
            pictures.offer(0, 0);
        }
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches, int rowsDone, double runningLoss, double runningAcc) {
        long now = clock.getAsLong();
        if (now - lastPoint >= 1_000_000_000L / POINTS_PER_SECOND) {
            lastPoint = now;
            log.append(Json.event("batch")
                    .number("run", run)
                    .number("epoch", epoch)
                    .number("batch", batch)
                    .number("batches", batches)
                    .number("x", epoch - 1 + (double) batch / batches)
                    .number("loss", runningLoss)
                    .number("accuracy", runningAcc)
                    .toString());
        }
        PictureTaker taker = pictures;
        if (taker != null && now - lastPicture >= 1_000_000_000L / PICTURES_PER_SECOND && taker.offer(epoch, batch)) {
            lastPicture = now;
        }
    }

    @Override
    public void onEpochEnd(EpochMetrics m) {
        log.append(Json.event("epoch")
                .number("run", run)
                .number("epoch", m.epoch())
                .number("epochs", m.epochs())
                .number("loss", m.loss())
                .number("accuracy", m.accuracy())
                .number("valLoss", m.value(Metric.VAL_LOSS))
                .number("valAccuracy", m.valAccuracy())
                .number("learningRate", m.learningRate())
                .number("seconds", m.seconds())
                .text("line", m.format())
                .toString());
        for (String note : view.notes().apply(m)) {
            log.append(Json.event("note")
                    .number("run", run)
                    .number("epoch", m.epoch())
                    .text("text", note.strip().replaceAll("\\s*\\n\\s*", " "))
                    .toString());
        }
        PictureTaker taker = pictures;
        if (taker != null && taker.offer(m.epoch(), 0)) lastPicture = clock.getAsLong();
    }

    @Override
    public void onTrainEnd(TrainingResult result) {
        stopPictures();
        log.append(Json.event("end")
                .number("run", run)
                .bool("interrupted", result.interrupted())
                .bool("stoppedEarly", result.stoppedEarly())
                .number("epochs", result.epochs().size())
                .toString());
    }

    /**
     * Ends the picture thread; also called when the statement ends without {@link #onTrainEnd}
     * (training failed, as when the loss diverges).
     */
    synchronized void stopPictures() {
        if (pictures != null) {
            pictures.close();
            pictures = null;
        }
    }
}
