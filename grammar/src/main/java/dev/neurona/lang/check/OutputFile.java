package dev.neurona.lang.check;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.runtime.i18n.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file a statement writes ({@code save}, {@code predict ... to}, {@code evaluate ... to},
 * {@code report ... to}, {@code plot ... to}, a sweep's table, a checkpoint): a name that is not
 * empty, not a folder, and never the script itself or a file the script reads, since writing
 * would destroy what the user made.
 */
final class OutputFile {

    private OutputFile() {}

    /**
     * The file {@code written} names, after reporting what is wrong with it.
     *
     * @param span    where the name is written
     * @param example a good name for this statement's file, such as {@code "model.nnm"}
     * @return the resolved file; empty after an error
     */
    static Optional<Path> check(String written, SourceSpan span, String example, CheckContext context) {
        if (written.isBlank()) {
            context.problems().error(span, Text.of("check.file.empty_name"), Text.of("check.file.name_it", example));
            return Optional.empty();
        }
        Path file = context.paths().resolve(written);
        if (Files.isDirectory(file)) {
            context.problems()
                    .error(
                            span,
                            Text.of("check.file.is_folder", written, ScriptPaths.shown(file)),
                            Text.of("check.file.inside", inside(written, example)));
            return Optional.empty();
        }
        Optional<Integer> reading = context.scope().filesRead().lineReading(file);
        if (reading.isPresent()) {
            context.problems()
                    .error(
                            span,
                            reading.get() == 0
                                    ? Text.of("check.file.overwrite_script", written)
                                    : Text.of("check.file.overwrite_data", written, String.valueOf(reading.get())),
                            Text.of("check.file.another", beside(written, example)));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static String inside(String folder, String example) {
        return folder.endsWith("/") ? folder + example : folder + "/" + example;
    }

    /** {@code iris.csv} and {@code predictions.csv} give {@code iris-predictions.csv}. */
    private static String beside(String written, String example) {
        String folder = written.contains("/") ? written.substring(0, written.lastIndexOf('/') + 1) : "";
        String name = written.substring(folder.length());
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return folder + (stem.isEmpty() ? "" : stem + "-") + example;
    }
}
