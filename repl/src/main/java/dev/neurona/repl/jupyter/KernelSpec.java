package dev.neurona.repl.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A kernelspec: the folder Jupyter looks in to learn how to start the kernel. Its
 * {@code kernel.json} starts {@code java -jar neurona.jar kernel --connection-file {connection_file}}
 * and asks for interrupts as messages, which stop training after the current batch.
 */
public final class KernelSpec {

    private KernelSpec() {}

    /** The text of {@code kernel.json} for a kernel started by {@code command} (program and arguments). */
    public static String json(List<String> command, String displayName) {
        String argv = command.stream().map(KernelSpec::quoted).collect(Collectors.joining(", "));
        return "{\n"
                + "  \"argv\": [" + argv + ", \"kernel\", \"--connection-file\", \"{connection_file}\"],\n"
                + "  \"display_name\": " + quoted(displayName) + ",\n"
                + "  \"language\": \"nn\",\n"
                + "  \"interrupt_mode\": \"message\",\n"
                + "  \"metadata\": {\"debugger\": false}\n"
                + "}\n";
    }

    /** Writes {@code kernels/<name>/kernel.json} under {@code jupyterData}; returns the kernel's folder. */
    public static Path write(Path jupyterData, String name, List<String> command, String displayName)
            throws IOException {
        Path folder = jupyterData.resolve("kernels").resolve(name);
        Files.createDirectories(folder);
        Path file = folder.resolve("kernel.json");
        Path partial = folder.resolve("kernel.json.partial");
        Files.writeString(partial, json(command, displayName), StandardCharsets.UTF_8);
        Files.move(
                partial,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return folder;
    }

    /** A JSON string. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        return json.append('"').toString();
    }
}
