package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code nn run --engine}: the jar itself runs locally, and sends Spark runs to the launcher or spark-submit. */
class RunEngineOptionTest {
    private final NnHarness nn = new NnHarness();

    @Test
    void helpShowsTheEngineOptions() {
        assertEquals(0, nn.run("run", "--help"));
        for (String option : new String[] {"--engine=ENGINE", "--master=URL", "--partitions=P", "--sync-every=K"}) {
            assertTrue(nn.out().contains(option), option + " missing from\n" + nn.out());
        }
    }

    @Test
    void sparkWithoutTheLauncherSaysHowToRunOnSpark() {
        assertEquals(2, nn.run("run", "x.nn", "--engine", "spark", "--partitions", "4"));
        assertTrue(nn.err().startsWith("nn: --engine spark needs Spark, which this jar does not carry;"), nn.err());
        assertTrue(nn.err().contains("./nn run SCRIPT.nn --engine spark"), nn.err());
        assertTrue(nn.err().contains("spark-submit --class dev.neurona.spark.SparkMain"), nn.err());
    }

    @Test
    void anUnknownEngineOrNoPartitionsIsAUsageError() {
        assertEquals(2, nn.run("run", "x.nn", "--engine", "gpu"));
        assertTrue(nn.err().contains("--engine must be local or spark, not 'gpu'"), nn.err());
        assertEquals(2, nn.run("run", "x.nn", "--engine", "spark", "--partitions", "0"));
        assertTrue(nn.err().contains("--partitions must be at least 1, not 0"), nn.err());
    }
}
