package dev.neurona.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neurona on a real Spark standalone cluster (a Master and a Worker in JVMs of their own,
 * executors in theirs; see {@link StandaloneCluster}): a script run through {@code nn run
 * --engine spark --master spark://...} and through spark-submit's entry point prints exactly the
 * figures of {@code local[2]}; an executor killed with SIGKILL mid-training changes nothing; and a
 * cluster that cannot run Neurona is one sentence naming the master. An integration test: it runs
 * after {@code package}, on the {@code neurona-spark.jar} and {@code classpath.txt} that made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final List<String> CLUSTER_SETTINGS = List.of(
            "--partitions",
            "2",
            "--sync-every",
            "4",
            "--conf",
            "spark.executor.cores=1",
            "--conf",
            "spark.executor.memory=512m",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false");

    @TempDir
    static Path dir;

    private static Path repo;
    private static Path jar;
    private static List<Path> sparkJars;
    private static StandaloneCluster cluster;
    private static Path script;
    private static List<String> localFigures;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        repo = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        jar = repo.resolve("spark/target/neurona-spark.jar");
        Path classPath = repo.resolve("spark/target/classpath.txt");
        assertTrue(
                Files.isRegularFile(jar) && Files.isRegularFile(classPath),
                "run after mvn package, which makes " + jar + " and " + classPath);
        sparkJars = Arrays.stream(Files.readString(classPath).trim().split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().endsWith(".jar")
                        && !p.toAbsolutePath().startsWith(repo)
                        && !p.toString().contains("/dev/neurona/"))
                .toList();
        script = writeScript(dir);
        cluster = StandaloneCluster.start(dir, sparkJars, 2, "2g");
        System.out.println(
                "[cluster] " + cluster.masterUrl() + ": a Master and a Worker (2 cores, 2 GB) in their own JVMs, "
                        + sparkJars.size() + " Spark jars, no Neurona among them");

        ChildRun local = nn(List.of("--master", "local[2]"), line -> {});
        assertEquals(0, local.exitCode(), local.describe());
        localFigures = local.figures();
        report("local[2]", local);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    @Order(1)
    void theCommandLineTrainsOnTheClusterWithTheFiguresOfLocalMode() throws IOException, InterruptedException {
        ChildRun run = nn(List.of("--master", cluster.masterUrl()), line -> {});
        assertEquals(0, run.exitCode(), run.describe() + cluster.logs());
        assertEquals(localFigures, run.figures(), "nn run on the cluster");
        report("nn run --master " + cluster.masterUrl(), run);
    }

    @Test
    @Order(2)
    void sparkSubmitTrainsOnTheClusterWithTheFiguresOfLocalMode() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of(
                "-cp",
                String.join(
                        java.io.File.pathSeparator,
                        sparkJars.stream().map(Path::toString).toList()),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                cluster.masterUrl(),
                "--deploy-mode",
                "client",
                "--class",
                "dev.neurona.spark.SparkMain"));
        command.addAll(List.of(
                "--conf",
                "spark.executor.cores=1",
                "--conf",
                "spark.executor.memory=512m",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.ui.enabled=false"));
        command.addAll(List.of(jar.toString(), "run", script.toString(), "--partitions", "2", "--sync-every", "4"));
        ChildRun run = ChildRun.of(command, dir, line -> {});
        assertEquals(0, run.exitCode(), run.describe() + cluster.logs());
        assertEquals(localFigures, run.figures(), "spark-submit on the cluster");
        report("spark-submit (SparkSubmit.main) --master " + cluster.masterUrl(), run);
    }

    @Test
    @Order(3)
    void anExecutorKilledMidTrainingChangesNoFigure() throws IOException, InterruptedException {
        AtomicReference<String> killed = new AtomicReference<>();
        ChildRun run = nn(List.of("--master", cluster.masterUrl()), line -> {
            if (killed.get() == null && line.startsWith("epoch 4/")) {
                List<ProcessHandle> executors = cluster.executors();
                assertFalse(executors.isEmpty(), "the worker runs no executor");
                ProcessHandle victim = executors.get(0);
                victim.destroyForcibly(); // SIGKILL
                killed.set("executor process " + victim.pid() + " killed with SIGKILL after '" + line + "'");
            }
        });
        assertEquals(0, run.exitCode(), run.describe() + cluster.logs());
        assertTrue(killed.get() != null, "no executor was killed:\n" + run.describe());
        int killedAt = run.out()
                .indexOf(run.out().stream()
                        .filter(l -> l.startsWith("epoch 4/"))
                        .findFirst()
                        .orElseThrow());
        assertTrue(run.out().size() > killedAt + 10, "the run went on after the kill");
        assertTrue(run.err().contains("Lost executor"), "Spark noticed the lost executor:\n" + run.err());
        assertEquals(localFigures, run.figures(), "with an executor killed mid-training");
        System.out.println("[kill] " + killed.get());
        run.err()
                .lines()
                .filter(l -> l.contains("Lost executor"))
                .findFirst()
                .ifPresent(l -> System.out.println("[kill] driver's log: " + l));
        report("nn run with an executor killed", run);
    }

    @Test
    @Order(4)
    void executorsWithoutNeuronasClassesAreOneSentence() throws IOException {
        // This JVM runs Neurona from target/classes: there is no jar to ship, as with a driver
        // started by hand without spark.jars.
        String err = sparkMainInProcess("--conf", "spark.task.maxFailures=1");
        assertEquals(
                "error: the executors of the Spark master " + cluster.masterUrl()
                        + " cannot load Neurona's classes: run through"
                        + " nn run (it ships them), or spark-submit neurona-spark.jar, or name that jar in --conf spark.jars=PATH\n",
                err);
        System.out.println("[no classes] " + err.trim());
    }

    @Test
    @Order(5)
    void noExecutorInTimeIsOneSentence() throws IOException {
        String err = sparkMainInProcess(
                "--conf", "spark.executor.memory=8g", "--conf", ClusterChecks.EXECUTOR_TIMEOUT + "=3s");
        assertEquals(
                "error: no executor registered with the Spark master " + cluster.masterUrl()
                        + " within 3 s: check that a worker is"
                        + " running and registered with it (its web page lists the workers), and that a worker has the cores and memory asked"
                        + " for (spark.executor.cores, spark.executor.memory); --conf " + ClusterChecks.EXECUTOR_TIMEOUT
                        + "=2min waits longer\n",
                err);
        System.out.println("[no executor] " + err.trim());
    }

    /** SparkMain in this JVM against the cluster; returns what it printed on stderr. */
    private static String sparkMainInProcess(String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                script.toString(),
                "--master",
                cluster.masterUrl(),
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.executor.cores=1",
                "--conf",
                "spark.executor.memory=512m"));
        args.addAll(List.of(settings));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.run(
                args.toArray(String[]::new), ScriptRunner.find(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    /** {@code nn run SCRIPT --engine spark} with the cluster settings and {@code options}. */
    private static ChildRun nn(List<String> options, java.util.function.Consumer<String> onLine)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", repo.resolve("nn").toString(), "run", script.toString(), "--engine", "spark"));
        command.addAll(options);
        command.addAll(CLUSTER_SETTINGS);
        return ChildRun.of(command, dir, onLine);
    }

    /** The JVM and options a client-mode driver needs: the kernel's module, and the JDK packages Spark opens. */
    private static List<String> java() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "--add-modules",
                "jdk.incubator.vector"));
        for (String pkg : List.of(
                "java.lang",
                "java.lang.invoke",
                "java.lang.reflect",
                "java.io",
                "java.net",
                "java.nio",
                "java.util",
                "java.util.concurrent",
                "java.util.concurrent.atomic",
                "sun.nio.ch",
                "sun.nio.cs",
                "sun.security.action",
                "sun.util.calendar")) {
            command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
        }
        return command;
    }

    private static void report(String what, ChildRun run) {
        List<String> figures = run.figures();
        System.out.printf(
                "[%s] exit %d in %.1f s; %d lines of figures%s; last epoch and evaluation:%n",
                what,
                run.exitCode(),
                run.took().toMillis() / 1000.0,
                figures.size(),
                figures.equals(localFigures) ? ", identical to local[2]'s" : "");
        figures.stream()
                .filter(l -> l.startsWith("epoch "))
                .reduce((a, b) -> b)
                .ifPresent(l -> System.out.println("    " + l));
        figures.stream().filter(l -> l.startsWith("loss ")).forEach(l -> System.out.println("    " + l));
    }

    /** Two interleaved half-moons, made from a fixed seed, and a small network with dropout to learn them. */
    private static Path writeScript(Path dir) throws IOException {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 240; i++) {
            int label = i % 2;
            double angle = Math.PI * random.nextDouble();
            double x = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            double y = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
            csv.append(String.format(
                    java.util.Locale.ROOT,
                    "%.4f,%.4f,%d%n",
                    x + 0.1 * random.nextGaussian(),
                    y + 0.1 * random.nextGaussian(),
                    label));
        }
        Files.writeString(dir.resolve("moons.csv"), csv);
        return Files.writeString(dir.resolve("moons.nn"), """
                seed 5
                data moons = csv("moons.csv")
                model net {
                  input 2
                  dense 16 tanh
                  dropout 0.1
                  dense 1 sigmoid
                }
                train net on moons {
                  optimizer adam(lr=0.02)
                  epochs 24
                  batch 8
                }
                evaluate net on moons
                """);
    }
}
