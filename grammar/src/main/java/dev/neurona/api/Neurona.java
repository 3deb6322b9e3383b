package dev.neurona.api;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.lang.interp.Session;
import dev.neurona.runtime.Model;
import dev.neurona.runtime.NeuronaException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Where embedding starts:
 * <pre>{@code
 * try (NeuronaSession nn = Neurona.session()) {
 *     nn.run("""
 *         data iris = csv("iris.csv") { target species; split train 80%, test 20% }
 *         model m { input iris; dense 16 relu; dense 3 softmax }
 *         train m on iris.train { epochs 40 }
 *         """);
 *     String species = nn.model("m").predictClass(5.1, 3.5, 1.4, 0.2);
 * }
 * List<Diagnostic> problems = Neurona.check("model m { dense 3 sofmax }");
 * }</pre>
 * Nothing is printed: results come back as values and problems as
 * {@link ScriptException#diagnostics()}. Stateless and thread-safe; each session is not.
 */
public final class Neurona {
    private Neurona() {}

    /** A silent session whose relative paths start at the working directory. */
    public static NeuronaSession session() {
        return session(Path.of(""));
    }

    /** A silent session whose relative paths start at {@code baseDir}. */
    public static NeuronaSession session(Path baseDir) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        RunOptions options =
                RunOptions.builder().out(nowhere).err(nowhere).quiet(true).build();
        return new NeuronaSession(Session.forScript(options, baseDir));
    }

    /**
     * The diagnostics of {@code text}, checked as a whole script (paths relative to the working
     * directory); empty when it is right. Runs nothing.
     */
    public static List<Diagnostic> check(String text) {
        try (NeuronaSession session = session()) {
            return session.check(text);
        }
    }

    /**
     * A model saved by {@code save} (a {@code .nnm} file), ready to predict on raw measurements.
     *
     * @throws ScriptException when the file is missing, damaged or of another format, with one
     *     diagnostic naming the file
     */
    public static Model load(Path modelFile) {
        try {
            return Model.load(modelFile);
        } catch (NeuronaException | UncheckedIOException e) {
            throw new ScriptException(
                    List.of(Diagnostic.error(modelFile.toString(), null, String.valueOf(e.getMessage()))));
        }
    }
}
