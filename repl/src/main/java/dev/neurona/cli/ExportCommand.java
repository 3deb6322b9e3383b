package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.onnx.OnnxExport;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.Printable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nn export MODEL.nnm FILE.onnx}: a saved model as ONNX, its preprocessing part of the graph. */
@Command(
        name = "export",
        description =
                "Write a saved model as ONNX (opset " + OnnxExport.OPSET + "), taking the same raw inputs as predict.",
        footer = {"", "Exit codes: 0 written, 1 the model could not be read or exported, 2 the command line is wrong."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private HelpOption help;

    @Parameters(
            index = "0",
            paramLabel = "MODEL.nnm",
            descriptionKey = "model",
            description = "The saved model (from save or checkpoint).")
    private Path model;

    @Parameters(
            index = "1",
            paramLabel = "FILE.onnx",
            descriptionKey = "onnx",
            description = "The ONNX file to write; an existing one is replaced whole.")
    private Path file;

    @Option(names = "--quiet", description = "Print nothing when it succeeds.")
    private boolean quiet;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String problem = problem();
        if (problem != null) {
            context.err().println("nn: " + Printable.escape(problem));
            return ScriptRunner.SCRIPT_ERROR;
        }
        try {
            OnnxExport.write(Model.load(model), file);
        } catch (NeuronaException e) {
            context.err().println("nn: " + Printable.escape(String.valueOf(e.getMessage())));
            return ScriptRunner.FAILED;
        }
        if (!quiet)
            context.out()
                    .println("exported " + Printable.escape(model.toString()) + " to "
                            + Printable.escape(file.toString()) + " (ONNX, opset " + OnnxExport.OPSET + ")");
        return ScriptRunner.OK;
    }

    /** What is wrong with the two paths before anything is read: a folder, or the model written over. */
    private String problem() {
        if (Files.isDirectory(model)) return "'" + model + "' is a folder, not a model file";
        if (Files.isDirectory(file)) {
            return "'" + file + "' is a folder; name a file inside it, such as '" + file.resolve(stem(model) + ".onnx")
                    + "'";
        }
        if (file.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize()) || sameFile(model, file)) {
            return "writing to '" + file + "' would overwrite the model itself; name another file, such as '"
                    + model.resolveSibling(stem(model) + ".onnx") + "'";
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
