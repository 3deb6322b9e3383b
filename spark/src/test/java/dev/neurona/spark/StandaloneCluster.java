package dev.neurona.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on this machine: a Master and a Worker, each in its own JVM,
 * started from the Spark jars Maven resolved for this module; the Worker launches every
 * application's executors as JVMs of their own. A worker launches executors from a Spark home
 * ({@code jars/} holds the class path it gives them), so this makes one in a temporary folder,
 * of links to those same jars, and without Neurona's: executors must get Neurona from the driver.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");

    private final Path dir;
    private final Process master;
    private final Process worker;
    private final String url;

    private StandaloneCluster(Path dir, Process master, Process worker, String url) {
        this.dir = dir;
        this.master = master;
        this.worker = worker;
        this.url = url;
    }

    /**
     * Starts a Master and a Worker with {@code cores} cores and {@code memory} ("2g") for executors.
     *
     * @param sparkJars Spark and its libraries, without Neurona
     */
    static StandaloneCluster start(Path dir, List<Path> sparkJars, int cores, String memory)
            throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (Path jar : sparkJars) Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        Path work = Files.createDirectories(dir.resolve("work"));
        String classPath = jars + "/*";

        Process master = javaProcess(
                home,
                dir.resolve("master.log"),
                List.of(
                        "-cp",
                        classPath,
                        "org.apache.spark.deploy.master.Master",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(freePort()),
                        "--webui-port",
                        String.valueOf(freePort())));
        String url;
        try {
            url = awaitLine(master, dir.resolve("master.log"), MASTER_URL).group(1);
        } catch (IOException | RuntimeException e) {
            master.destroyForcibly();
            throw e;
        }
        Process worker = javaProcess(
                home,
                dir.resolve("worker.log"),
                List.of(
                        "-cp",
                        classPath,
                        "org.apache.spark.deploy.worker.Worker",
                        url,
                        "--host",
                        "127.0.0.1",
                        "--cores",
                        String.valueOf(cores),
                        "--memory",
                        memory,
                        "--work-dir",
                        work.toString(),
                        "--webui-port",
                        String.valueOf(freePort())));
        StandaloneCluster cluster = new StandaloneCluster(dir, master, worker, url);
        try {
            awaitLine(worker, dir.resolve("worker.log"), Pattern.compile("Successfully registered with master"));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String masterUrl() {
        return url;
    }

    /** The executor JVMs the worker is running now. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> executors = new ArrayList<>();
        worker.descendants()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
                .forEach(executors::add);
        return executors;
    }

    /** The Master's and the Worker's logs, for a failure message. */
    String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("master.log", "worker.log")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(name));
                text.append("--- ")
                        .append(name)
                        .append(" (last lines)\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())))
                        .append('\n');
            } catch (IOException e) {
                text.append("--- ")
                        .append(name)
                        .append(": ")
                        .append(e.getMessage())
                        .append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        for (Process process : List.of(worker, master)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Process javaProcess(Path sparkHome, Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        // Spark's launcher reads the Scala version from a build tree, or from here.
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    /** Waits until the process's log has a line matching {@code pattern}. */
    private static Matcher awaitLine(Process process, Path log, Pattern pattern)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) return matcher;
            }
            if (!process.isAlive())
                throw new IllegalStateException(
                        "the process ended before '" + pattern + "':\n" + Files.readString(log));
            Thread.sleep(100);
        }
        throw new IllegalStateException(
                "no '" + pattern + "' within " + START_TIMEOUT.toSeconds() + " s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
