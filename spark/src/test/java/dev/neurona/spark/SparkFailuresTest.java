package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.neurona.runtime.data.DataException;
import dev.neurona.runtime.i18n.Language;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.spark.SparkFailures.Doing;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class SparkFailuresTest {
    private static final String MASTER = "spark://head:7077";
    private static final Messages SPANISH = Messages.of(Language.SPANISH);
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
                SparkFailures.translate(Doing.TRAINING, MASTER, failure).getMessage());
    }

    @Test
    void withoutTheExceptionSparksQuoteOfItIsUsed() {
        SparkException failure = new SparkException(ABORTED);
        assertEquals(
                "training on Spark failed: the task of partition 1 failed 4 times: Java heap space",
                SparkFailures.translate(Doing.TRAINING, MASTER, failure).getMessage());
    }

    @Test
    void anotherSparkFailureKeepsItsFirstLine() {
        SparkException failure = new SparkException("SparkContext was shut down\nmore details");
        assertEquals(
                "evaluating on Spark failed: SparkContext was shut down",
                SparkFailures.translate(Doing.EVALUATING, MASTER, failure).getMessage());
    }

    @Test
    void aUsersErrorFromAWorkerKeepsItsOwnWords() {
        DataException bad = new DataException("input 'age': 'old' is not a number");
        RuntimeException shown = SparkFailures.translate(Doing.TRAINING, MASTER, new SparkException(ABORTED, bad));
        assertEquals("input 'age': 'old' is not a number", shown.getMessage());
        assertEquals(ClusterException.class, shown.getClass());
    }

    @Test
    void aUsersErrorRaisedOnTheDriverPassesThrough() {
        DataException bad = new DataException("no such file");
        assertSame(bad, SparkFailures.translate(Doing.PREDICTING, MASTER, bad));
    }

    @Test
    void inSpanishTheSameFailuresAreWholeSpanishSentences() {
        SparkException aborted =
                new SparkException(ABORTED, new IllegalStateException("the shard is empty\n\tat somewhere"));
        assertEquals(
                "falló el entrenamiento en Spark: la tarea de la partición 1 falló 4 veces: the shard is empty",
                spanish(SparkFailures.translate(Doing.TRAINING, MASTER, aborted)));
        assertEquals(
                "falló la evaluación en Spark: SparkContext was shut down",
                spanish(SparkFailures.translate(
                        Doing.EVALUATING, MASTER, new SparkException("SparkContext was shut down\nmore details"))));
        assertEquals(
                "no se pudo arrancar Spark en " + MASTER
                        + ": la tarea de la partición 1 falló 4 veces: Java heap space",
                spanish(SparkFailures.translate(Doing.STARTING, MASTER, new SparkException(ABORTED))));
    }

    @Test
    void aTaskThatFailedOnceSaysOnce() {
        SparkException once = new SparkException(
                "Job aborted due to stage failure: Task 0 in stage 2.0 failed 1 time, most recent failure: "
                        + "Lost task 0.0 in stage 2.0 (TID 4) (10.0.0.5 executor 1): java.lang.IllegalStateException: boom\n");
        RuntimeException shown = SparkFailures.translate(Doing.PREDICTING, MASTER, once);
        assertEquals("predicting on Spark failed: the task of partition 0 failed once: boom", shown.getMessage());
        assertEquals("falló la predicción en Spark: la tarea de la partición 0 falló una vez: boom", spanish(shown));
        assertEquals(
                "starting Neurona's work on the Spark master " + MASTER
                        + " failed: the task of partition 0 failed once: boom",
                SparkFailures.translate(Doing.PROBING, MASTER, once).getMessage());
    }

    @Test
    void aUsersErrorFromAWorkerKeepsItsOwnWordsInTheirLanguage() {
        DataException bad = new DataException(Text.of("input.not_a_number", "age", "old"));
        RuntimeException shown = SparkFailures.translate(Doing.TRAINING, MASTER, new SparkException(ABORTED, bad));
        assertEquals("input 'age': 'old' is not a number", shown.getMessage());
        assertEquals("entrada 'age': 'old' no es un número", spanish(shown));
    }

    private static String spanish(RuntimeException shown) {
        return ((ClusterException) shown).text().in(SPANISH);
    }
}
