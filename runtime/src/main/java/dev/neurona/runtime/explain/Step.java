package dev.neurona.runtime.explain;

/** One concrete next step a verdict recommends; its words come from the message bundles. */
public enum Step {
    TRAIN_IT,
    EVALUATE_ON_TEST,
    MORE_EPOCHS,
    ADD_DROPOUT,
    HIGHER_DROPOUT,
    ADD_L2,
    EARLY_STOP,
    SMALLER_MODEL,
    MORE_DATA,
    LARGER_MODEL,
    FEWER_DROPOUT,
    SMALLER_LR,
    LARGER_LR,
    CLIP_NORM,
    NORMALIZE,
    LONGER_PATIENCE,
    CHECKPOINT;

    /** The message key of this step's sentence. */
    public String key() {
        return "explain.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
