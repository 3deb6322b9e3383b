package dev.neurona.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Small data files the REPL tests write into their temporary folder. */
public final class TestData {

    private TestData() {}

    /**
     * {@code pets.csv}: 60 animals, {@code weight} and {@code height}, and their {@code kind};
     * dogs are heavy and tall, cats light and short.
     */
    public static Path pets(Path dir) {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("weight,height,kind\n");
        for (int i = 0; i < 60; i++) {
            boolean dog = i % 2 == 0;
            double weight = dog ? 20 + random.nextDouble() * 15 : 3 + random.nextDouble() * 4;
            double height = dog ? 50 + random.nextDouble() * 20 : 20 + random.nextDouble() * 10;
            csv.append(String.format(Locale.ROOT, "%.1f,%.1f,%s%n", weight, height, dog ? "dog" : "cat"));
        }
        return write(dir.resolve("pets.csv"), csv.toString());
    }

    public static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
