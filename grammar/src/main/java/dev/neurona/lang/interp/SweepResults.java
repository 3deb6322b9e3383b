package dev.neurona.lang.interp;

import dev.neurona.lang.plan.SweepPlan;
import dev.neurona.runtime.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects a sweep's runs as they finish, in any order and from any thread. A combination
 * becomes a row once all its runs are in; only the best combination's best model is kept, the
 * others are let go. The best is chosen by a total order (figure, then combination and run
 * index), so it does not depend on which run finished first.
 */
final class SweepResults {

    private final SweepPlan plan;
    private final Comparator<SweepRow> ranking;
    private final SweepRun[][] runs;
    private final boolean[] started;
    private final int[] finished;
    private final SweepRow[] rows;
    private @Nullable SweepRow best;
    private @Nullable Model bestModel;
    private int failedTask = Integer.MAX_VALUE;
    private @Nullable RuntimeException failure;

    SweepResults(SweepPlan plan) {
        this.plan = plan;
        this.ranking = SweepRow.ranking(plan.select());
        int combinations = plan.combinations().size();
        this.runs = new SweepRun[combinations][plan.repeat()];
        this.started = new boolean[combinations];
        this.finished = new int[combinations];
        this.rows = new SweepRow[combinations];
    }

    /**
     * Whether a run of {@code combination} may start: always once the combination has started,
     * so that a started combination finishes all its runs; otherwise only when not cancelled.
     */
    synchronized boolean begin(int combination, boolean cancelled) {
        if (!started[combination] && (cancelled || failure != null)) {
            return false;
        }
        started[combination] = true;
        return failure == null;
    }

    /** Takes run {@code run} of combination {@code combination}. */
    synchronized void record(int combination, int run, SweepRun result) {
        runs[combination][run] = result;
        if (++finished[combination] < plan.repeat()) {
            return;
        }
        SweepRun[] all = runs[combination];
        Model model = all[new SweepRow(combination, List.of(), Arrays.asList(all)).bestRun(plan.select())].model();
        for (int r = 0; r < all.length; r++) {
            all[r] = all[r].withoutModel();
        }
        SweepRow row = new SweepRow(combination, plan.labels(combination), Arrays.asList(all));
        rows[combination] = row;
        if (!row.isDiverged() && (best == null || ranking.compare(row, best) < 0)) {
            best = row;
            bestModel = model;
        }
    }

    /** Notes that task {@code task} failed; the failure of the lowest task is the one reported. */
    synchronized void fail(int task, RuntimeException e) {
        if (task < failedTask) {
            failedTask = task;
            failure = e;
        }
    }

    synchronized void rethrowFailure() {
        if (failure != null) {
            throw failure;
        }
    }

    /** The finished combinations, best first. */
    synchronized List<SweepRow> ranked() {
        List<SweepRow> done =
                new ArrayList<>(Arrays.stream(rows).filter(Objects::nonNull).toList());
        done.sort(ranking);
        return done;
    }

    /** The best finished combination that did not diverge, if any. */
    synchronized Optional<SweepRow> best() {
        return Optional.ofNullable(best);
    }

    /** The model of the best combination's best run. */
    synchronized Optional<Model> bestModel() {
        return Optional.ofNullable(bestModel);
    }
}
