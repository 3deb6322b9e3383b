package dev.neurona.spark;

import dev.neurona.runtime.Model;
import dev.neurona.runtime.data.DataOptions;
import dev.neurona.runtime.data.DataPipeline;
import dev.neurona.runtime.data.Dataset;
import dev.neurona.runtime.data.IdxLoader;
import dev.neurona.runtime.spec.ActivationSpec;
import dev.neurona.runtime.spec.OptimizerSpec;
import dev.neurona.runtime.spec.TrainSpec;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingEngine;
import dev.neurona.runtime.train.TrainingListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test but a measurement, run by hand: what a synchronisation round of parameter averaging
 * costs, in-process ({@code local[2]}) and on a real standalone cluster (a Master and a Worker in
 * JVMs of their own, executors in theirs, as {@link ClusterIT} starts them), for P ∈ {1, 2}
 * partitions (one single-core executor each on the cluster) and K ∈ {1, 8, 32} local steps per
 * round. The workload is Fashion-MNIST's MLP: 784-128-64-10 ReLU/softmax, Adam (lr 0.001), batch
 * 64, on the first ROWS training images.
 *
 * <p>Each configuration trains 2 epochs, REPS times; the figures are the second epoch's (the
 * first also ships the data shards), medians over the repetitions. Spark's listener splits the
 * epoch: <em>compute</em> is, per round, the slowest task's time in its minibatch steps (the
 * round waits for it; the engine's accumulator {@link DistributedEpochs#STEPPING_NANOS});
 * everything else is the round's overhead, {@code (epoch − compute) / rounds}, itself split into
 * the driver's time between two jobs (averaging, planning the next round) and the
 * jobs' own time beyond their slowest task (scheduling, shipping tasks and results).
 * <pre>{@code
 * mvn -B -q -pl spark -am package -DskipTests
 * java -Xmx2g --add-modules jdk.incubator.vector --add-opens=java.base/java.lang=ALL-UNNAMED ... \
 *     -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt) \
 *     dev.neurona.spark.RoundCostBench FASHION_MNIST_DIR [ROWS] [REPS]
 * }</pre>
 * (the {@code --add-opens} list is the one {@code nn} passes for {@code --engine spark}). It must
 * run from the repository's root, after {@code package}: the cluster's executors load Neurona from
 * {@code spark/target/neurona-spark.jar}.
 */
final class RoundCostBench {
    private static final int[] PARTITIONS = {1, 2};
    private static final int[] SYNC_EVERY = {1, 8, 32};
    private static final int BATCH = 64;

    private RoundCostBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: RoundCostBench FASHION_MNIST_DIR [ROWS] [REPS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 12_000;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path repo = Path.of("").toAbsolutePath();
        Path jar = repo.resolve("spark/target/neurona-spark.jar");
        Path classPath = repo.resolve("spark/target/classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classPath)) {
            System.err.println("run from the repository's root after mvn package, which makes " + jar);
            System.exit(2);
        }
        Dataset train = DataPipeline.prepare(
                        IdxLoader.load(
                                data.resolve("train-images-idx3-ubyte.gz"), data.resolve("train-labels-idx1-ubyte.gz")),
                        DataOptions.builder().scale(1 / 255.0).limit(rows).build(),
                        "fashion",
                        7)
                .all();
        TrainSpec spec = TrainSpec.builder()
                .optimizer(OptimizerSpec.adam(0.001))
                .epochs(2)
                .batchSize(BATCH)
                .build();
        System.out.printf(
                Locale.ROOT,
                "Fashion-MNIST MLP, %d rows, batch %d, %d repetitions; %d processors, load average %.1f%n",
                train.rows(),
                BATCH,
                reps,
                Runtime.getRuntime().availableProcessors(),
                load());

        List<Double> local = new ArrayList<>();
        for (int rep = 0; rep <= reps; rep++) {
            double seconds = secondEpoch(TrainingEngine.LOCAL, train, spec);
            if (rep > 0) local.add(seconds); // the first warms the JIT up
        }
        System.out.printf(Locale.ROOT, "in-process training (no Spark): %.2f s/epoch%n", median(local));

        Path dir = Files.createTempDirectory("round-costs");
        List<Path> sparkJars = sparkJars(repo, classPath);
        try (StandaloneCluster cluster = StandaloneCluster.start(dir, sparkJars, 2, "2g")) {
            System.out.println("| master | P | K | rounds/epoch | s/epoch | compute s | overhead ms/round"
                    + " | driver ms/round | Spark job beyond tasks ms/round | task deserialise ms | result kB |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            for (String master : List.of("local[2]", cluster.masterUrl())) {
                for (int p : PARTITIONS) {
                    measure(master, p, jar, train, spec, reps, master.startsWith("local") ? "local[2]" : "cluster");
                }
            }
        } finally {
            System.out.printf(Locale.ROOT, "load average at the end %.1f%n", load());
        }
    }

    /** All K for one master and P, in one Spark application. */
    private static void measure(String master, int p, Path jar, Dataset train, TrainSpec spec, int reps, String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.ui.enabled", "false");
        settings.put("spark.driver.host", "127.0.0.1");
        if (!master.startsWith("local")) {
            settings.put("spark.jars", jar.toString());
            settings.put("spark.executor.cores", "1");
            settings.put("spark.cores.max", String.valueOf(p));
            settings.put("spark.executor.memory", "900m");
        }
        try (SparkCluster cluster = SparkCluster.connect(master, "round-costs", settings)) {
            RoundListener listener = new RoundListener();
            cluster.session().sparkContext().addSparkListener(listener);
            secondEpoch(cluster.engine(p, 8), train, spec.toBuilder().epochs(1).build()); // warms the executors' JIT
            for (int k : SYNC_EVERY) {
                List<Epoch> epochs = new ArrayList<>();
                for (int rep = 0; rep < reps; rep++) {
                    long[] window = new long[2];
                    double seconds = secondEpoch(cluster.engine(p, k), train, spec, window);
                    pause();
                    epochs.add(listener.epoch(seconds, window[0], window[1]));
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %d | %d | %.0f | %.2f | %.2f | %.1f | %.1f | %.1f | %.1f | %.0f |%n",
                        name,
                        p,
                        k,
                        median(epochs, Epoch::rounds),
                        median(epochs, Epoch::seconds),
                        median(epochs, Epoch::compute),
                        median(epochs, e -> e.overhead() * 1000),
                        median(epochs, e -> e.driver() * 1000),
                        median(epochs, e -> e.sparkBeyondTasks() * 1000),
                        median(epochs, Epoch::taskDeserializeMillis),
                        median(epochs, Epoch::resultKilobytes));
                System.out.println("<!-- each repetition: s/epoch "
                        + epochs.stream()
                                .map(e -> String.format(Locale.ROOT, "%.2f", e.seconds()))
                                .toList()
                        + ", overhead ms/round "
                        + epochs.stream()
                                .map(e -> String.format(Locale.ROOT, "%.1f", e.overhead() * 1000))
                                .toList()
                        + " -->");
                System.out.flush();
            }
            cluster.session().sparkContext().removeSparkListener(listener);
        } finally {
            SparkSession.clearActiveSession();
            SparkSession.clearDefaultSession();
        }
    }

    private static double secondEpoch(TrainingEngine engine, Dataset train, TrainSpec spec) {
        return secondEpoch(engine, train, spec, new long[2]);
    }

    /**
     * Trains a fresh model; returns the last epoch's seconds and puts the wall-clock bounds of that
     * epoch (ms, the listener's clock) into {@code window}.
     */
    private static double secondEpoch(TrainingEngine engine, Dataset train, TrainSpec spec, long[] window) {
        Model model = Model.builder()
                .input(28, 28)
                .dense(128, ActivationSpec.RELU)
                .dense(64, ActivationSpec.RELU)
                .dense(10, ActivationSpec.SOFTMAX)
                .build(7);
        List<Double> seconds = new ArrayList<>();
        engine.fit(
                model,
                train,
                null,
                spec,
                7,
                new TrainingListener() {
                    @Override
                    public void onEpochEnd(EpochMetrics metrics) {
                        window[0] = window[1];
                        window[1] = System.currentTimeMillis();
                        seconds.add(metrics.seconds());
                    }
                },
                () -> false);
        return seconds.get(seconds.size() - 1);
    }

    /** One epoch, split by Spark's job and task events. */
    record Epoch(
            double seconds, int rounds, double compute, double jobs, double taskDeserializeMillis, double resultBytes) {
        double overhead() {
            return (seconds - compute) / rounds;
        }

        double driver() {
            return (seconds - jobs) / rounds;
        }

        double sparkBeyondTasks() {
            return (jobs - compute) / rounds;
        }

        double resultKilobytes() {
            return resultBytes / 1024;
        }
    }

    /** Collects every job's span and its tasks' metrics; {@link #epoch} picks those of one epoch. */
    private static final class RoundListener extends org.apache.spark.scheduler.SparkListener {
        private final Map<Integer, long[]> jobs = new LinkedHashMap<>(); // id -> start, end
        private final Map<Integer, Integer> stageJob = new LinkedHashMap<>();
        private final Map<Integer, List<long[]>> tasks = new LinkedHashMap<>(); // job -> run, deserialise, bytes

        @Override
        public synchronized void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
            jobs.put(start.jobId(), new long[] {start.time(), -1});
            for (Object stage : scala.jdk.javaapi.CollectionConverters.asJava(start.stageIds()))
                stageJob.put((Integer) stage, start.jobId());
        }

        @Override
        public synchronized void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd end) {
            long[] span = jobs.get(end.jobId());
            if (span != null) span[1] = end.time();
        }

        @Override
        public synchronized void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
            Integer job = stageJob.get(end.stageId());
            if (job == null || end.taskMetrics() == null) return;
            tasks.computeIfAbsent(job, j -> new ArrayList<>()).add(new long[] {
                steppingNanos(end.taskInfo()),
                end.taskMetrics().executorDeserializeTime(),
                end.taskMetrics().resultSize()
            });
        }

        /** What the task added to the engine's accumulator of the time spent stepping. */
        private static long steppingNanos(org.apache.spark.scheduler.TaskInfo task) {
            for (org.apache.spark.scheduler.AccumulableInfo info :
                    scala.jdk.javaapi.CollectionConverters.asJava(task.accumulables())) {
                if (info.name().isDefined()
                        && info.name().get().equals(DistributedEpochs.STEPPING_NANOS)
                        && info.update().isDefined())
                    return ((Number) info.update().get()).longValue();
            }
            return 0;
        }

        synchronized Epoch epoch(double seconds, long from, long to) {
            int rounds = 0;
            double compute = 0;
            double jobTime = 0;
            double deserialise = 0;
            double bytes = 0;
            int taskCount = 0;
            for (Map.Entry<Integer, long[]> job : jobs.entrySet()) {
                long[] span = job.getValue();
                if (span[0] < from || span[1] < 0 || span[1] > to) continue;
                rounds++;
                jobTime += (span[1] - span[0]) / 1000.0;
                long slowest = 0;
                for (long[] task : tasks.getOrDefault(job.getKey(), List.of())) {
                    slowest = Math.max(slowest, task[0]);
                    deserialise += task[1];
                    bytes += task[2];
                    taskCount++;
                }
                compute += slowest / 1e9;
            }
            return new Epoch(
                    seconds, rounds, compute, jobTime, deserialise / taskCount, bytes / Math.max(1, taskCount));
        }
    }

    private static List<Path> sparkJars(Path repo, Path classPath) throws IOException {
        return Arrays.stream(Files.readString(classPath).trim().split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().endsWith(".jar")
                        && !p.toAbsolutePath().startsWith(repo)
                        && !p.toString().contains("/dev/neurona/"))
                .toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double median(List<Epoch> epochs, ToDoubleFunction<Epoch> figure) {
        return median(epochs.stream().map(figure::applyAsDouble).toList());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void pause() {
        try {
            Thread.sleep(500); // lets Spark's listener bus deliver the last events
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
