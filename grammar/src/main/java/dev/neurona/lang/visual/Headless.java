package dev.neurona.lang.visual;

/** Drawing needs no screen: AWT runs headless unless the embedding program chose otherwise. */
final class Headless {
    private Headless() {}

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
