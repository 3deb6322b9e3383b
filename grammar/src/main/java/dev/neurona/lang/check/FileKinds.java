package dev.neurona.lang.check;

import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.check.value.Problems;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The kind of file a statement writes, told by the end of its name ({@code .png}, {@code .html}). */
final class FileKinds {

    private FileKinds() {}

    /** The name's extension in lower case, with its dot ({@code .png}); empty without one. */
    static Optional<String> extension(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(name.substring(dot).toLowerCase(Locale.ROOT));
    }

    /**
     * Reports a file whose name does not end in one of {@code extensions}.
     *
     * @param refusal the sentence for a name that does not end well, given the name, such as
     *     {@code a plot is drawn as a PNG image, so the file name must end in '.png': "x.svg" does not}
     * @return whether the name is fine
     */
    static boolean require(StringLit file, List<String> extensions, Function<String, Text> refusal, Problems problems) {
        Optional<String> extension = extension(file.value());
        if (extension.isPresent() && extensions.contains(extension.get())) {
            return true;
        }
        problems.error(
                file.span(),
                refusal.apply(file.value()),
                Text.of("check.file.for_example", suggestion(file.value(), extensions.get(0))));
        return false;
    }

    private static String suggestion(String fileName, String extension) {
        String stem = extension(fileName)
                .map(e -> fileName.substring(0, fileName.length() - e.length()))
                .orElse(fileName);
        return (stem.isEmpty() || stem.endsWith("/") ? stem + "plot" : stem) + extension;
    }
}
