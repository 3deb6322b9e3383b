package dev.neurona.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** One command run to its end in a child process: its exit code, its output lines, its stderr. */
record ChildRun(int exitCode, List<String> out, String err, Duration took) {
    private static final Duration TIMEOUT = Duration.ofSeconds(150);
    /** An epoch line ends with its wall time ("  0.4s"), the one figure that may differ between runs. */
    private static final Pattern EPOCH_TIME = Pattern.compile("\\s+\\d+(\\.\\d+)?s$");

    /** Runs {@code command} in {@code dir}; {@code onLine} sees each output line as it comes. */
    static ChildRun of(List<String> command, Path dir, Consumer<String> onLine)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> out = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.add(line);
                onLine.accept(line);
            }
        }
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + TIMEOUT.toSeconds() + " s: " + command);
        }
        return new ChildRun(
                process.exitValue(),
                List.copyOf(out),
                Files.readString(err),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The output with each epoch line's wall time cut off: every figure the script printed. */
    List<String> figures() {
        return out.stream()
                .map(line ->
                        line.startsWith("epoch ") ? EPOCH_TIME.matcher(line).replaceFirst("") : line)
                .toList();
    }

    /** For an assertion's message. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + err;
    }
}
