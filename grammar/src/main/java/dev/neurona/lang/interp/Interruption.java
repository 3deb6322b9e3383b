package dev.neurona.lang.interp;

import dev.neurona.runtime.i18n.Text;

/** The run was cancelled (Ctrl-C); the text says where it stopped, in the reader's language when shown. */
final class Interruption extends RuntimeException {

    private final transient Text text;

    Interruption(Text text) {
        super(text.english());
        this.text = text;
    }

    Text text() {
        return text;
    }
}
