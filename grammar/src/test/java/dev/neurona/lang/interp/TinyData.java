package dev.neurona.lang.interp;

import dev.neurona.lang.TestFiles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Small data files that the interpreter tests write into their temporary folder. */
final class TinyData {

    private TinyData() {}

    /**
     * {@code pets.csv}: 60 animals, {@code weight} (a number) and {@code colour} (text) to tell
     * a cat from a dog; heavy animals are dogs.
     */
    static Path pets(Path dir) {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("weight,colour,kind\n");
        String[] colours = {"black", "brown", "white"};
        for (int i = 0; i < 60; i++) {
            boolean dog = i % 2 == 0;
            double weight = dog ? 20 + random.nextDouble() * 15 : 3 + random.nextDouble() * 4;
            csv.append(String.format(Locale.ROOT, "%.1f,%s,%s%n", weight, colours[i % 3], dog ? "dog" : "cat"));
        }
        return TestFiles.write(dir.resolve("pets.csv"), csv.toString());
    }

    /** {@code houses.csv}: 50 houses, {@code area} and {@code rooms}, priced at 2 per area unit plus 10 per room. */
    static Path houses(Path dir) {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("area,rooms,price\n");
        for (int i = 0; i < 50; i++) {
            int area = 40 + random.nextInt(120);
            int rooms = 1 + random.nextInt(5);
            csv.append(String.format(Locale.ROOT, "%d,%d,%.1f%n", area, rooms, 2.0 * area + 10 * rooms));
        }
        return TestFiles.write(dir.resolve("houses.csv"), csv.toString());
    }
}
