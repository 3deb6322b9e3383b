package dev.neurona.repl.jupyter;

import dev.neurona.repl.console.Completions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.jspecify.annotations.Nullable;

/**
 * The Jupyter kernel of {@code .nn}: cells run in a {@link CellRunner}; the messaging protocol
 * (ZeroMQ sockets, signed messages, heartbeat, shutdown, kernel_info) is jjava's
 * {@link BaseKernel}. Printed text goes to the cell's stdout, a model's, data set's or evaluation's
 * tables as {@code text/html} with a {@code text/plain} twin, a plot as {@code image/png}, an
 * error as an {@code error} reply whose value names the line and column in the cell.
 */
public final class NnKernel extends BaseKernel {

    private final CellRunner cells;

    public NnKernel(CellRunner cells, String version) {
        super(
                "neurona",
                version,
                new LanguageInfo.Builder("nn")
                        .version(version)
                        .mimetype("text/x-nn")
                        .fileExtension(".nn")
                        .pygments("text")
                        .codemirror("text/plain")
                        .build(),
                List.of(),
                null,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new Renderer(),
                null,
                new MagicsRegistry(),
                false,
                new StringStyler.Builder().build());
        this.cells = cells;
    }

    @Override
    public @Nullable Object evalRaw(String code) {
        cells.run(code, new CellOutput() {
            @Override
            public void text(String text) {
                io.out.print(text);
                io.out.flush();
            }

            @Override
            public void warning(String text) {
                io.err.print(text);
                io.err.flush();
            }

            @Override
            public void table(String html, String text) {
                io.out.flush(); // the text printed before the table comes before it
                DisplayData data = new DisplayData(text);
                data.putHTML(html);
                display(data);
            }

            @Override
            public void image(byte[] png, String description) {
                DisplayData data = new DisplayData(description);
                data.putData("image/png", Base64.getEncoder().encodeToString(png));
                display(data);
            }

            @Override
            public void progress(String displayId, String text, boolean first) {
                DisplayData data = new DisplayData(text);
                data.setDisplayId(displayId);
                if (first) {
                    display(data);
                } else {
                    io.display.updateDisplay(displayId, data);
                }
            }
        });
        return null;
    }

    @Override
    public List<String> formatError(Throwable e) {
        return e instanceof CellError cell ? cell.lines() : super.formatError(e);
    }

    @Override
    public void interrupt() {
        cells.interrupt();
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        Completions.Found found = Completions.at(cells.repl(), cells.workingDirectory(), code, at);
        return new ReplacementOptions(found.matches(), found.start(), at);
    }

    @Override
    public @Nullable DisplayData inspect(String code, int at, boolean extraDetail) {
        String word = wordAt(code, at);
        if (word.isEmpty()) {
            return null;
        }
        return cells.repl()
                .summaryOf(word)
                .map(summary -> new DisplayData(word + ": " + summary))
                .orElse(null);
    }

    @Override
    public String isComplete(String code) {
        return cells.repl().isIncomplete(code) ? "" : IS_COMPLETE_YES;
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        JeroMqShutdownNoise.shutdownBegins();
        cells.close();
        super.onShutdown(isRestarting);
    }

    /** The name around {@code at}: letters, digits, underscores and the dot of {@code data.part}. */
    static String wordAt(String code, int at) {
        int start = Math.min(at, code.length());
        while (start > 0 && isNamePart(code.charAt(start - 1))) start--;
        int end = Math.min(at, code.length());
        while (end < code.length() && isNamePart(code.charAt(end))) end++;
        return code.substring(start, end);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
