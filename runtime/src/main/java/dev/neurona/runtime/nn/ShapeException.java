package dev.neurona.runtime.nn;

import dev.neurona.runtime.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * A layer that cannot take the shape it is given: the message says why, in a user's words. Its
 * {@link #text} and {@link #fix} keep the words for either language; {@link #getMessage} is the
 * English of both, joined by {@code ; }.
 */
public final class ShapeException extends IllegalArgumentException {

    /** What is wrong, so that the checker can add what it knows about the script. */
    public enum Reason {
        /** A layer of images (conv, pools) was given values in a row. */
        NEEDS_MAPS,
        /** A window is larger than the maps it slides over. */
        WINDOW_DOES_NOT_FIT,
        OTHER
    }

    private final Reason reason;
    private final transient Text text;
    private final transient @Nullable Text fix;

    public ShapeException(String message) {
        this(Reason.OTHER, Text.verbatim(message), null);
    }

    /** @param fix what to change, or {@code null} */
    public ShapeException(Reason reason, Text text, @Nullable Text fix) {
        super(fix == null ? text.english() : text.english() + "; " + fix.english());
        this.reason = reason;
        this.text = text;
        this.fix = fix;
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong, without the fix. */
    public Text text() {
        return text;
    }

    /** What to change, or {@code null}. */
    public @Nullable Text fix() {
        return fix;
    }
}
