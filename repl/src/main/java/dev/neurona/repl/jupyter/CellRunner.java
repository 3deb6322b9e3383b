package dev.neurona.repl.jupyter;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.ast.PlotStmt;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.Statement;
import dev.neurona.lang.interp.RunObserver;
import dev.neurona.lang.interp.Shown;
import dev.neurona.lang.interp.TrainingView;
import dev.neurona.lang.syntax.NnParser;
import dev.neurona.lang.syntax.ParseResult;
import dev.neurona.repl.EntryKind;
import dev.neurona.repl.Repl;
import dev.neurona.runtime.i18n.Messages;
import dev.neurona.runtime.train.TrainingListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs notebook cells in one REPL session, so that names and variables stay from cell to cell. A
 * cell is cut into entries as the REPL cuts piped input (a line, or as many lines as an unfinished
 * statement or snippet needs); each entry runs in turn and the first that fails ends the cell with
 * a {@link CellError}. A {@code .nn} entry runs where it stands in the cell, so that its errors
 * name the line and column of the cell. A {@code plot} without a file is drawn as a PNG for the
 * notebook instead of as text; what {@code print}, {@code evaluate} and {@code explain} show comes
 * as HTML tables with their text.
 *
 * <p>Not thread-safe, except {@link #interrupt()}.
 */
public final class CellRunner implements AutoCloseable {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Path workingDirectory;
    private final Path scratch;
    private final Repl repl;
    private final NnParser parser = new NnParser();
    private final TrainingProgress progress = new TrainingProgress(System::nanoTime);
    private volatile @Nullable CellOutput current;
    private int plots;

    /**
     * @param workingDirectory where relative paths in cells start
     * @param dataDir          the folder of the well-known data sets
     */
    public CellRunner(Path workingDirectory, Path dataDir) {
        this.workingDirectory = workingDirectory;
        try {
            this.scratch = Files.createTempDirectory("nn-kernel");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    dev.neurona.repl.Messages.in(
                            dev.neurona.runtime.i18n.Language.choose(null, System.getenv()), "cell.no_scratch"),
                    e);
        }
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        this.repl =
                new Repl(RunOptions.builder().out(out).err(err).dataDir(dataDir).build(), workingDirectory);
        repl.observe(new RunObserver() {
            @Override
            public TrainingListener training(TrainingView view) {
                return progress.training(view);
            }

            @Override
            public void shown(Shown shown) {
                showTable(shown);
            }
        });
    }

    /** The session the cells run in, for completion and inspection. */
    public Repl repl() {
        return repl;
    }

    /** Where relative paths in cells start. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /**
     * Runs every entry of {@code cell}, sending what they print to {@code output}.
     *
     * @throws CellError when an entry went wrong; the entries before it did run
     */
    public void run(String cell, CellOutput output) {
        List<String> lines = cell.lines().toList();
        int first = 0;
        while (first < lines.size()) {
            if (lines.get(first).isBlank()) {
                first++;
                continue;
            }
            int last = first;
            String entry = lines.get(first);
            while (repl.isIncomplete(entry) && last + 1 < lines.size()) {
                last++;
                entry = entry + "\n" + lines.get(last);
            }
            runEntry(entry, first, output);
            first = last + 1;
        }
    }

    /** Stops the running entry: training after its current batch, a snippet at once. May be called from any thread. */
    public boolean interrupt() {
        return repl.interrupt();
    }

    @Override
    public void close() {
        repl.close();
        try (var files = Files.list(scratch)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(scratch);
        } catch (IOException leftBehind) {
            // only temporary pictures: nothing of the user's is lost
        }
    }

    /** @param lineIndex where the entry starts in the cell, 0-based */
    private void runEntry(String entry, int lineIndex, CellOutput output) {
        boolean nn = repl.kindOf(entry) == EntryKind.NN;
        List<Path> pictures = new ArrayList<>();
        String source = nn ? "\n".repeat(lineIndex) + withPictureFiles(entry, lineIndex, pictures) : entry;
        progress.to(output);
        current = output;
        try {
            repl.execute(source);
        } finally {
            progress.to(null);
            current = null;
        }
        String shown = visible(drain(outBytes));
        String errors = drain(errBytes);
        progress.forget();
        if (!shown.isEmpty()) {
            output.text(shown);
        }
        for (Path picture : pictures) {
            showPicture(picture, output);
        }
        if (repl.lastEntryFailed()) {
            throw new CellError(
                    nn || lineIndex == 0
                            ? errors
                            : dev.neurona.repl.Messages.in(
                                            repl.language(), "cell.snippet.line", String.valueOf(lineIndex + 1))
                                    + "\n"
                                    + errors,
                    dev.neurona.repl.Messages.in(repl.language(), "cell.failed"));
        }
        if (!errors.isEmpty()) {
            output.warning(errors);
        }
    }

    /**
     * Sends what the statement showed as HTML tables, after the text printed before it. Runs on
     * the thread of the statement, which has just printed {@code shown}'s text.
     */
    private void showTable(Shown shown) {
        CellOutput output = current;
        if (output == null) {
            return;
        }
        String printed = outBytes.toString(StandardCharsets.UTF_8);
        Optional<String> html = ShownHtml.of(shown, Messages.of(repl.language()));
        if (html.isEmpty() || !printed.endsWith(shown.text())) {
            return; // left in the printed text, which shows it as it is
        }
        outBytes.reset();
        String before =
                visible(printed.substring(0, printed.length() - shown.text().length()));
        if (!before.isEmpty()) {
            output.text(before);
        }
        output.table(html.get(), shown.text());
    }

    /** The printed lines a notebook shows: not the temporary plot files, nor the epoch lines a progress display showed. */
    private String visible(String printed) {
        return printed.lines()
                .filter(line -> !line.contains(scratch.toString()) && !progress.shown(line))
                .map(line -> line + "\n")
                .reduce("", String::concat);
    }

    /** The entry with {@code to "file.png"} added to each {@code plot} that names no file; the files go to {@code pictures}. */
    private String withPictureFiles(String entry, int lineIndex, List<Path> pictures) {
        ParseResult parsed = parser.parse(entry, "<input>");
        if (parsed.hasErrors()) {
            return entry; // running it reports the error
        }
        StringBuilder text = new StringBuilder(entry);
        List<Statement> statements = parsed.script().statements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i) instanceof PlotStmt plot && plot.output().isEmpty()) {
                Path file = scratch.resolve("plot-" + (++plots) + ".png");
                pictures.add(0, file);
                String path = file.toString().replace('\\', '/').replace("\"", "\\\"");
                text.insert(offset(entry, plot.span()), " to \"" + path + "\"");
            }
        }
        return text.toString();
    }

    private void showPicture(Path picture, CellOutput output) {
        if (!Files.exists(picture)) {
            return; // the plot failed, and said why
        }
        try {
            output.image(Files.readAllBytes(picture), "plot");
            Files.delete(picture);
        } catch (IOException e) {
            output.warning(
                    dev.neurona.repl.Messages.in(repl.language(), "cell.plot.unreadable", e.getMessage()) + "\n");
        }
    }

    /** Where a span ends in {@code text} (1-based lines and columns, end exclusive). */
    private static int offset(String text, SourceSpan span) {
        int index = 0;
        for (int line = 1; line < span.endLine(); line++) {
            index = text.indexOf('\n', index) + 1;
        }
        return Math.min(text.length(), index + span.endColumn() - 1);
    }

    private static String drain(ByteArrayOutputStream bytes) {
        String text = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return text;
    }
}
