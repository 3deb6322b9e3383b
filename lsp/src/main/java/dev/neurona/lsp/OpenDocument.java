package dev.neurona.lsp;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.check.facts.ScriptPaths;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One version of a document the editor has open.
 *
 * @param uri     as the editor names it: {@code file:///home/ana/digits.nn}, {@code untitled:Untitled-1}
 * @param version the editor's count of changes
 */
record OpenDocument(String uri, int version, String text, TextIndex index) {

    OpenDocument(String uri, int version, String text) {
        this(uri, version, text, new TextIndex(text));
    }

    /** The script's file when it has one on disk; null for an unsaved buffer. */
    @Nullable
    Path file() {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The name diagnostics carry: the file's name, or the editor's name for an unsaved buffer. */
    String fileName() {
        Path file = file();
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf(':'));
        return uri.substring(cut + 1);
    }

    /** Relative paths start from the script's folder, as for {@code nn check}; an unsaved buffer's from the working folder. */
    ScriptPaths paths() {
        Path file = file();
        Path folder = file == null || file.getParent() == null ? Path.of("") : file.getParent();
        return new ScriptPaths(folder, RunOptions.defaultDataDir(), file);
    }
}
