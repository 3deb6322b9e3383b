package dev.neurona.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.samples.data.HousesCsv;
import dev.neurona.samples.data.StudentsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped CSV files are exactly what their documented generators make. */
class GeneratedDataTest {

    @Test
    void studentsCsvFollowsItsRule() throws IOException {
        assertEquals(StudentsCsv.generate(), Files.readString(Path.of("data/students.csv")));
    }

    @Test
    void housesCsvFollowsItsRule() throws IOException {
        assertEquals(HousesCsv.generate(), Files.readString(Path.of("data/houses.csv")));
    }
}
