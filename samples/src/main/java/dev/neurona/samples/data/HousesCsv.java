package dev.neurona.samples.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes {@code samples/data/houses.csv}: 300 made-up houses and their prices, for regression.
 * The rule, plus noise, is
 * <pre>
 *   price = 50 + 2.5·area + 8·rooms − 1.2·age − 6·distance + N(0, 15)      (thousands)
 * </pre>
 * with area uniform in [40, 200] m², rooms an integer in [1, 6], age in [0, 80] years and
 * distance to the centre in [0, 25] km. Run it again to get the very same file.
 */
public final class HousesCsv {
    private HousesCsv() {}

    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "samples/data/houses.csv"));
    }

    public static String generate() {
        SplittableRandom random = new SplittableRandom(1984);
        StringBuilder csv = new StringBuilder("area,rooms,age,distance,price\n");
        for (int i = 0; i < 300; i++) {
            double area = Math.round(random.nextDouble(40, 200));
            int rooms = 1 + random.nextInt(6);
            double age = Math.round(random.nextDouble(0, 80));
            double distance = Math.round(random.nextDouble(0, 25) * 10) / 10.0;
            double price = 50 + 2.5 * area + 8 * rooms - 1.2 * age - 6 * distance + random.nextGaussian() * 15;
            csv.append(String.format(Locale.ROOT, "%.0f,%d,%.0f,%.1f,%.1f\n", area, rooms, age, distance, price));
        }
        return csv.toString();
    }

    static void write(Path file) {
        try {
            Files.writeString(file, generate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
