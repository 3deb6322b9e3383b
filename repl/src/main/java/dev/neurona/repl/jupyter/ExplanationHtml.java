package dev.neurona.repl.jupyter;

import dev.neurona.runtime.explain.Explanation;
import dev.neurona.runtime.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** {@code explain MODEL} for a notebook: its layers as a table, its advice and next steps as lists, in its language. */
final class ExplanationHtml {

    private ExplanationHtml() {}

    static String of(Explanation explanation) {
        Explanation.Sentences s = explanation.sentences();
        Messages m = Messages.of(explanation.locale());
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < s.layers().size(); i++) {
            layers.add(List.of(s.layers().get(i), s.jobs().get(i)));
        }
        return new Html()
                .heading(s.title())
                .paragraph(s.input())
                .table(s.layersHeading(), List.of(m.text("explain.column.layer"), m.text("explain.column.job")), layers)
                .list(s.activationsHeading(), s.activations())
                .list(s.sizingHeading(), s.advice())
                .heading(s.training())
                .paragraph(s.figures())
                .list(s.nextHeading(), s.steps())
                .toString();
    }
}
