package dev.neurona.runtime.explain;

import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.TextWrap;
import dev.neurona.runtime.nn.Shape;
import dev.neurona.runtime.spec.ActivationKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Explanation} in its language: a title line, what each layer does, the
 * activation functions used, the sizing advice, then the verdict with its figures and the next
 * steps. Every sentence is one whole message of the bundles; figures keep a decimal point in
 * both languages, as they would be typed into a script.
 */
final class ExplanationText {

    static final int WIDTH = 78;
    private static final String ITEM = "  ";
    private static final String MORE = "      ";

    private ExplanationText() {}

    static String format(Explanation e) {
        Explanation.Sentences s = sentences(e);
        StringBuilder out = new StringBuilder();
        out.append(wrap(s.title(), ""));
        out.append(s.layersHeading()).append('\n');
        out.append(wrap(s.input(), ITEM));
        for (int i = 0; i < s.layers().size(); i++) {
            out.append(wrap(s.layers().get(i), ITEM));
            out.append(wrap(s.jobs().get(i), MORE, MORE));
        }
        if (!s.activations().isEmpty()) {
            out.append(s.activationsHeading()).append('\n');
            for (String activation : s.activations()) {
                out.append(wrap(activation, ITEM));
            }
        }
        out.append(s.sizingHeading()).append('\n');
        for (String advice : s.advice()) {
            out.append(wrap(advice, ITEM));
        }
        out.append(wrap(s.training(), ""));
        out.append(wrap(s.figures(), ITEM));
        out.append(s.nextHeading()).append('\n');
        for (String step : s.steps()) out.append(wrap("- " + step, ITEM, ITEM + "  "));
        return out.toString();
    }

    static Explanation.Sentences sentences(Explanation e) {
        Messages m = Messages.of(e.locale());
        int outputs = e.output().map(p -> p.output().size()).orElse(e.input().size());
        List<String> layers = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        for (Explanation.Part part : e.layers()) {
            layers.add(
                    part.parameters() == 0
                            ? m.text(
                                    "explain.layer.none",
                                    part.title(),
                                    part.script(),
                                    part.input().toString(),
                                    part.output().toString())
                            : m.text(
                                    "explain.layer.some",
                                    part.title(),
                                    part.script(),
                                    part.input().toString(),
                                    part.output().toString(),
                                    count(part.parameters()),
                                    percent(part.share())));
            jobs.add(job(m, part));
        }
        List<String> activations = new ArrayList<>();
        for (ActivationKind a : e.activations()) {
            activations.add(m.text("explain.activation." + a.keyword()));
        }
        List<String> advice = new ArrayList<>();
        for (Advice a : e.advice()) {
            advice.add(m.text(
                    "explain.advice." + a.kind().name().toLowerCase(Locale.ROOT),
                    count(a.units()),
                    count(a.reference()),
                    String.valueOf(SizingAdvice.TABULAR_MOST),
                    count(a.reference() * (long) SizingAdvice.TABULAR_MOST),
                    a.units(),
                    a.reference()));
        }
        List<String> steps = new ArrayList<>();
        for (Step step : e.steps()) {
            steps.add(m.text(step.key()));
        }
        return new Explanation.Sentences(
                m.text(
                        "explain.title",
                        e.name(),
                        count(e.input().size()),
                        count(outputs),
                        count(e.totalParameters()),
                        e.input().size(),
                        outputs),
                m.text("explain.layers"),
                input(m, e.input()),
                layers,
                jobs,
                m.text("explain.activations"),
                activations,
                m.text("explain.sizing"),
                advice,
                m.text("explain.training", headline(e)),
                figures(m, e.verdict()),
                m.text("explain.next"),
                steps);
    }

    static String headline(Explanation e) {
        Messages m = Messages.of(e.locale());
        Verdict v = e.verdict();
        if (v instanceof Verdict.LearningWell) {
            return m.text("explain.verdict.learning_well");
        }
        if (v instanceof Verdict.Overfitting o) {
            return m.text("explain.verdict.overfitting", String.valueOf(o.bestEpoch()));
        }
        if (v instanceof Verdict.Underfitting) {
            return m.text("explain.verdict.underfitting");
        }
        if (v instanceof Verdict.RateTooHigh) {
            return m.text("explain.verdict.rate_too_high");
        }
        if (v instanceof Verdict.RateTooLow) {
            return m.text("explain.verdict.rate_too_low");
        }
        if (v instanceof Verdict.StoppedEarly s) {
            return m.text("explain.verdict.stopped_early", String.valueOf(s.epoch()));
        }
        return m.text("explain.verdict.not_trained");
    }

    private static String figures(Messages m, Verdict v) {
        if (v instanceof Verdict.LearningWell w) {
            String base = Double.isNaN(w.valLoss())
                    ? Double.isNaN(w.accuracy())
                            ? m.text(
                                    "explain.figures.learning_well",
                                    count(w.epochs()),
                                    four(w.firstLoss()),
                                    four(w.lastLoss()))
                            : m.text(
                                    "explain.figures.learning_well.acc",
                                    count(w.epochs()),
                                    four(w.firstLoss()),
                                    four(w.lastLoss()),
                                    four(w.accuracy()))
                    : Double.isNaN(w.accuracy())
                            ? m.text(
                                    "explain.figures.learning_well.val",
                                    count(w.epochs()),
                                    four(w.firstLoss()),
                                    four(w.lastLoss()),
                                    four(w.valLoss()))
                            : m.text(
                                    "explain.figures.learning_well.val_acc",
                                    count(w.epochs()),
                                    four(w.firstLoss()),
                                    four(w.lastLoss()),
                                    four(w.accuracy()),
                                    four(w.valLoss()),
                                    four(w.valAccuracy()));
            return w.stillFalling() ? m.text("explain.figures.still_falling", base) : base;
        }
        if (v instanceof Verdict.Overfitting o) {
            return m.text(
                    "explain.figures.overfitting",
                    String.valueOf(o.bestEpoch()),
                    four(o.bestValLoss()),
                    String.valueOf(o.lastEpoch()),
                    four(o.valLoss()),
                    four(o.lossAtBest()),
                    four(o.loss()));
        }
        if (v instanceof Verdict.Underfitting u) {
            return Double.isNaN(u.valAccuracy())
                    ? m.text("explain.figures.underfitting", count(u.epochs()), four(u.accuracy()), four(u.chance()))
                    : m.text(
                            "explain.figures.underfitting.val",
                            count(u.epochs()),
                            four(u.accuracy()),
                            four(u.chance()),
                            four(u.valAccuracy()));
        }
        if (v instanceof Verdict.RateTooHigh h) {
            if (h.divergedInEpoch() > 0) {
                return m.text("explain.figures.diverged", String.valueOf(h.divergedInEpoch()), rate(h.learningRate()));
            }
            return m.text(
                    "explain.figures.rate_too_high",
                    four(h.firstLoss()),
                    four(h.lastLoss()),
                    four(h.highestLoss()),
                    count(h.rises()),
                    count(h.steps()),
                    rate(h.learningRate()));
        }
        if (v instanceof Verdict.RateTooLow l) {
            return m.text(
                    "explain.figures.rate_too_low",
                    count(l.epochs()),
                    four(l.firstLoss()),
                    four(l.lastLoss()),
                    percent(Math.abs(l.relativeChange())),
                    rate(l.learningRate()));
        }
        if (v instanceof Verdict.StoppedEarly s) {
            return m.text(
                    s.validated() ? "explain.figures.stopped_early.val" : "explain.figures.stopped_early",
                    String.valueOf(s.epoch()),
                    String.valueOf(s.planned()),
                    String.valueOf(s.bestEpoch()),
                    four(s.monitored()));
        }
        return m.text("explain.figures.not_trained");
    }

    private static String input(Messages m, Shape input) {
        if (!input.isMap()) {
            return m.text("explain.input.table", count(input.size()));
        }
        if (input.channels() == 1) {
            return m.text(
                    "explain.input.image",
                    String.valueOf(input.height()),
                    String.valueOf(input.width()),
                    count(input.size()));
        }
        return m.text(
                "explain.input.channels",
                String.valueOf(input.channels()),
                String.valueOf(input.height()),
                String.valueOf(input.width()),
                count(input.size()));
    }

    /** The layer's job, then, for the last layer, what its outputs mean. */
    private static String job(Messages m, Explanation.Part part) {
        String activation = part.activation().isEmpty() ? ActivationKind.LINEAR.keyword() : part.activation();
        String key = part.kind().equals("dropout") && part.dropout() == 0
                ? "explain.job.dropout_off"
                : "explain.job." + part.kind();
        String job = m.text(
                key,
                part.output().toString(),
                part.input().toString(),
                activation,
                part.script(),
                count(part.input().size()),
                count(part.output().size()),
                String.valueOf(part.output().channels()),
                percent(part.dropout()),
                part.output().size());
        if (!part.last()) {
            return job;
        }
        int n = part.output().size();
        String role = activation.equals("softmax")
                ? m.text("explain.output.classes", count(n))
                : activation.equals("sigmoid") && n == 1
                        ? m.text("explain.output.binary")
                        : n == 1 ? m.text("explain.output.value") : m.text("explain.output.values", count(n));
        return m.text("explain.job.with_output", job, role);
    }

    private static String wrap(String text, String indent) {
        return wrap(text, indent, MORE);
    }

    private static String wrap(String text, String first, String rest) {
        return TextWrap.wrap(text, WIDTH, first, rest);
    }

    static String four(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String rate(double lr) {
        if (!Double.isFinite(lr)) {
            return String.valueOf(lr);
        }
        return new BigDecimal(lr).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
