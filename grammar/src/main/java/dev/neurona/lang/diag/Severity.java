package dev.neurona.lang.diag;

import dev.neurona.runtime.i18n.Messages;

/** How bad a diagnostic is; errors stop a script from running, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed before the message in English: {@code error} or {@code warning}. */
    public String label() {
        return label(Messages.english());
    }

    /** The word printed before the message in {@code messages}' language. */
    public String label(Messages messages) {
        return this == ERROR ? messages.text("diag.error") : messages.text("diag.warning");
    }
}
