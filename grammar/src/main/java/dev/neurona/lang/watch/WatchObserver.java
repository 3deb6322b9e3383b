package dev.neurona.lang.watch;

import dev.neurona.lang.interp.RunObserver;
import dev.neurona.lang.interp.TrainingView;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Turns what a session runs into the watch page's events: the script, training runs, sweep rows. */
final class WatchObserver implements RunObserver {
    private final EventLog log;
    private final AtomicInteger runs = new AtomicInteger();
    private volatile String script = "null";
    private volatile boolean busy;
    private final java.util.Queue<TrainingFeed> feeds = new java.util.concurrent.ConcurrentLinkedQueue<>();

    WatchObserver(EventLog log) {
        this.log = log;
    }

    /** The last script or entry run, as JSON ({@code file}, {@code source}), or {@code null}. */
    String script() {
        return script;
    }

    @Override
    public void running(String fileName, String source) {
        String event = Json.event("script")
                .text("file", fileName)
                .text("source", source)
                .toString();
        script = event;
        busy = true;
        log.append(event);
    }

    @Override
    public void finished() {
        for (TrainingFeed feed; (feed = feeds.poll()) != null; ) feed.stopPictures();
        busy = false;
        log.append(Json.event("finished").toString());
    }

    /** Whether a script or entry is running now: only then does the stop button stop anything. */
    boolean busy() {
        return busy;
    }

    @Override
    public TrainingListener training(TrainingView view) {
        TrainingFeed feed = new TrainingFeed(view, log, runs.incrementAndGet(), System::nanoTime);
        feeds.add(feed);
        return feed;
    }

    @Override
    public void sweepBegins(String title, List<String> axes, int total) {
        log.append(Json.event("sweep")
                .text("title", title)
                .texts("axes", axes)
                .number("runs", total)
                .toString());
    }

    @Override
    public void sweepRun(
            int combination,
            int run,
            List<String> labels,
            @Nullable EpochMetrics kept,
            int epochs,
            double seconds,
            @Nullable String divergence) {
        Json row = Json.event("sweepRow")
                .number("combination", combination + 1)
                .number("run", run + 1)
                .texts("labels", labels)
                .number("epochs", epochs)
                .number("seconds", seconds);
        if (kept != null) {
            row.number("loss", kept.loss())
                    .number("accuracy", kept.accuracy())
                    .number("valLoss", kept.valLoss())
                    .number("valAccuracy", kept.valAccuracy());
        } else {
            row.text("divergence", divergence == null ? "diverged" : divergence);
        }
        log.append(row.toString());
    }
}
