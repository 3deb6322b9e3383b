package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
    @Test
    void roundResultsComeBackDirectlyOnEveryMaster() {
        for (String master : new String[] {"local[2]", "spark://127.0.0.1:7077"}) {
            SparkConf conf = ClusterSettings.of(master, "test", Map.of());
            assertEquals(
                    ClusterSettings.DEFAULT_DIRECT_RESULT_SIZE, conf.get(ClusterSettings.DIRECT_RESULT_SIZE), master);
        }
    }

    @Test
    void theUsersOwnDirectResultSizeIsKept() {
        SparkConf conf = ClusterSettings.of("local[2]", "test", Map.of(ClusterSettings.DIRECT_RESULT_SIZE, "2m"));
        assertEquals("2m", conf.get(ClusterSettings.DIRECT_RESULT_SIZE));
    }

    @Test
    void inProcessMastersGetNoClusterSettings() {
        SparkConf conf = ClusterSettings.of("local[2]", "test", Map.of());
        assertFalse(conf.contains("spark.jars"));
        assertFalse(conf.contains(ClusterSettings.EXECUTOR_JAVA_OPTIONS));
    }
}
