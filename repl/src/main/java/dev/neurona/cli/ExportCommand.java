package dev.neurona.cli;

import dev.neurona.lang.ScriptRunner;
import dev.neurona.onnx.OnnxExport;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.NeuronaException;
import dev.neurona.runtime.Printable;
import dev.neurona.runtime.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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

    @Mixin
    private LanguageOption language;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Locale words = language.locale(context);
        String problem = problem(words);
        if (problem != null) {
            context.err().println("nn: " + Printable.escape(problem));
            return ScriptRunner.SCRIPT_ERROR;
        }
        try {
            OnnxExport.write(Model.load(model), file);
        } catch (NeuronaException e) {
            context.err().println("nn: " + Printable.escape(e.text().in(Messages.of(words))));
            return ScriptRunner.FAILED;
        }
        if (!quiet)
            context.out()
                    .println(dev.neurona.repl.Messages.in(
                            words,
                            "cli.export.done",
                            Printable.escape(model.toString()),
                            Printable.escape(file.toString()),
                            String.valueOf(OnnxExport.OPSET)));
        return ScriptRunner.OK;
    }

    /** What is wrong with the two paths before anything is read (a folder, or the model written over), in {@code words}. */
    private @Nullable String problem(Locale words) {
        if (Files.isDirectory(model)) {
            return dev.neurona.repl.Messages.in(words, "cli.export.model_is_folder", model);
        }
        if (Files.isDirectory(file)) {
            return dev.neurona.repl.Messages.in(
                    words, "cli.export.file_is_folder", file, file.resolve(stem(model) + ".onnx"));
        }
        if (file.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize()) || sameFile(model, file)) {
            return dev.neurona.repl.Messages.in(
                    words, "cli.export.overwrite", file, model.resolveSibling(stem(model) + ".onnx"));
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
