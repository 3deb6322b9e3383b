package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.neurona.runtime.data.DataException;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class SparkFailuresTest {
    private static final String ABORTED =
            "Job aborted due to stage failure: Task 1 in stage 7.0 failed 4 times, most recent failure: "
                    + "Lost task 1.3 in stage 7.0 (TID 31) (10.0.0.5 executor 2): java.lang.OutOfMemoryError: Java heap space\n"
                    + "\tat dev.neurona.spark.ShardRound.call(ShardRound.java:40)\n\tat org.apache.spark.scheduler.Task.run(Task.scala:147)\n";

    @Test
    void aWorkersOwnExceptionIsQuotedWithTheTaskThatFailed() {
        SparkException failure =
                new SparkException(ABORTED, new IllegalStateException("the shard is empty\n\tat somewhere"));
        assertEquals(
                "training on Spark failed: the task of partition 1 failed 4 times: the shard is empty",
                SparkFailures.translate("training on Spark", failure).getMessage());
    }

    @Test
    void withoutTheExceptionSparksQuoteOfItIsUsed() {
        SparkException failure = new SparkException(ABORTED);
        assertEquals(
                "training on Spark failed: the task of partition 1 failed 4 times: Java heap space",
                SparkFailures.translate("training on Spark", failure).getMessage());
    }

    @Test
    void anotherSparkFailureKeepsItsFirstLine() {
        SparkException failure = new SparkException("SparkContext was shut down\nmore details");
        assertEquals(
                "evaluating on Spark failed: SparkContext was shut down",
                SparkFailures.translate("evaluating on Spark", failure).getMessage());
    }

    @Test
    void aUsersErrorFromAWorkerKeepsItsOwnWords() {
        DataException bad = new DataException("input 'age': 'old' is not a number");
        RuntimeException shown = SparkFailures.translate("training on Spark", new SparkException(ABORTED, bad));
        assertEquals("input 'age': 'old' is not a number", shown.getMessage());
        assertEquals(ClusterException.class, shown.getClass());
    }

    @Test
    void aUsersErrorRaisedOnTheDriverPassesThrough() {
        DataException bad = new DataException("no such file");
        assertSame(bad, SparkFailures.translate("reading on Spark", bad));
    }
}
