package dev.neurona.repl.console;

import dev.neurona.lang.complete.DataColumns;
import dev.neurona.repl.EntryKind;
import dev.neurona.repl.Repl;
import dev.neurona.repl.java.Suggestions;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands at the start of an entry; in {@code .nn} statements keywords, options,
 * activations, optimizers and the session's names; file paths inside strings; after {@code target},
 * {@code features} and {@code ignore} in a CSV data block only the file's columns (see
 * {@link DataColumns}); in Java whatever JShell's analysis suggests ({@code m.pre} →
 * {@code m.predict(}).
 */
final class ReplCompleter implements Completer {

    private final Repl repl;
    private final Path workingDirectory;

    ReplCompleter(Repl repl, Path workingDirectory) {
        this.repl = repl;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
        candidates.addAll(candidates(parsed.line(), parsed.cursor()));
    }

    /** The candidates at {@code cursor}; each replaces the word from its start to the cursor. */
    List<Candidate> candidates(String buffer, int cursor) {
        return candidates(buffer, cursor, buffer.substring(0, cursor));
    }

    /**
     * The candidates at {@code cursor} in {@code buffer}, one line of a longer text.
     *
     * @param before that text up to the cursor (a notebook cell's), which tells whose block the line is in
     */
    List<Candidate> candidates(String buffer, int cursor, String before) {
        WordAtCursor word = WordAtCursor.of(buffer, cursor);
        List<Candidate> candidates = new ArrayList<>();
        if (columns(before, word, candidates)) {
            return candidates;
        }
        if (word.inString()) {
            paths(word.word(), candidates);
            return candidates;
        }
        String text = word.word();
        if (word.isFirst() && (text.startsWith(":") || text.startsWith("/"))) {
            words(Repl.commandNames(), text, candidates);
            return candidates;
        }
        EntryKind kind = repl.kindOf(buffer);
        boolean nn = kind == EntryKind.NN;
        if (word.isFirst() || nn) {
            words(word.isFirst() ? Vocabulary.STATEMENTS : Vocabulary.inner(), text, candidates);
            words(repl.definedNames(), text, candidates);
        }
        if (!nn) {
            java(buffer, cursor, word, candidates);
        }
        return candidates;
    }

    /**
     * A data set's columns where the entry expects one; inside an opened quote, the rest of the
     * quoted name and its closing quote.
     *
     * @return whether the cursor is at such a place and the columns are known
     */
    private boolean columns(String before, WordAtCursor word, List<Candidate> candidates) {
        DataColumns.Slot slot =
                new DataColumns(before, workingDirectory).at(before.length()).orElse(null);
        if (slot == null || slot.columns().isEmpty()) {
            return false;
        }
        for (DataColumns.Column column : slot.matching()) {
            String value = word.inString() ? column.quoted().substring(1) : column.written();
            candidates.add(new Candidate(value, column.written(), slot.data(), null, null, null, true));
        }
        return true;
    }

    private static void words(Collection<String> words, String prefix, List<Candidate> candidates) {
        for (String word : words) {
            if (word.startsWith(prefix)) {
                candidates.add(new Candidate(word));
            }
        }
    }

    private void java(String buffer, int cursor, WordAtCursor word, List<Candidate> candidates) {
        Suggestions suggestions = repl.javaSuggestions(buffer, cursor).orElse(null);
        if (suggestions == null || suggestions.anchor() < word.start()) {
            return; // JShell would replace more than the word: leave it alone
        }
        String kept = buffer.substring(word.start(), suggestions.anchor());
        for (String continuation : suggestions.continuations()) {
            // a member ending in "(" still needs its arguments: no space after it
            candidates.add(new Candidate(kept + continuation, continuation, null, null, null, null, false));
        }
    }

    /** Files and folders whose path starts with {@code typed}; folders end in '/' and do not close the string. */
    private void paths(String typed, List<Candidate> candidates) {
        int slash = typed.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePart = typed.substring(slash + 1);
        Path folder = workingDirectory.resolve(folderPart.isEmpty() ? "." : folderPart);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePart) || name.startsWith(".") && !namePart.startsWith(".")) {
                    continue;
                }
                boolean isFolder = Files.isDirectory(entry);
                String value = folderPart + name + (isFolder ? "/" : "");
                candidates.add(new Candidate(value, name + (isFolder ? "/" : ""), null, null, null, null, false));
            }
        } catch (IOException | SecurityException unreadable) {
            // nothing to offer from a folder we cannot read
        }
        candidates.sort(
                (a, b) -> a.value().toLowerCase(Locale.ROOT).compareTo(b.value().toLowerCase(Locale.ROOT)));
    }
}
