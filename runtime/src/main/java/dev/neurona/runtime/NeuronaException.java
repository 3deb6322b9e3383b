package dev.neurona.runtime;

import dev.neurona.runtime.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error the runtime reports to a user: bad data, a broken model file, a
 * diverging run. Its message is written for the person at the keyboard, not for a stack trace.
 */
public class NeuronaException extends RuntimeException {

    /** The message in words for either language; its English is {@link #getMessage}. */
    private final transient @Nullable Text text;

    public NeuronaException(String message) {
        super(message);
        this.text = null;
    }

    public NeuronaException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.text = null;
    }

    public NeuronaException(Text message) {
        super(message.english());
        this.text = message;
    }

    public NeuronaException(Text message, Throwable cause) {
        super(message.english(), cause);
        this.text = message;
    }

    /** The message, to be shown in the reader's language; a message given as a string stays as it is. */
    public Text text() {
        return text != null ? text : Text.verbatim(String.valueOf(getMessage()));
    }
}
