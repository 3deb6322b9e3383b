package dev.neurona.samples.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of the course: its text and the two marked blocks a test can find in it.
 *
 * <pre>
 * &lt;!-- script: samples/course/01-perceptron.nn --&gt;
 * ```nn
 * ...the script, exactly as the file holds it...
 * ```
 *
 * &lt;!-- output: nn run --quiet --lang es samples/course/01-perceptron.nn --&gt;
 * ```text
 * ...what that command prints...
 * ```
 * </pre>
 *
 * The output marker holds the command a reader types from the repository's root; {@code --quiet}
 * is the only option besides {@code --lang}.
 */
record CoursePage(Path file, String text, Block script, Block output, String command) {

    private static final Pattern SCRIPT = block("script", "nn");
    private static final Pattern OUTPUT = block("output", "text");
    private static final Pattern COMMAND =
            Pattern.compile("nn run( --quiet)? --lang (en|es) (samples/course/[0-9]{2}-[a-z-]+\\.nn)");

    /** Where a marked block's body lies in the page's text. */
    record Block(String marker, int start, int end, String body) {}

    static CoursePage read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Block script = only(SCRIPT, text, file, "script");
        Block output = only(OUTPUT, text, file, "output");
        return new CoursePage(file, text, script, output, output.marker());
    }

    /** The script the page shows, as a path from the repository's root. */
    String scriptPath() {
        return script.marker();
    }

    /** The script the output marker runs, as a path from the repository's root. */
    String commandScript() {
        return commandParts().group(3);
    }

    boolean quiet() {
        return commandParts().group(1) != null;
    }

    String language() {
        return commandParts().group(2);
    }

    /** The page with both blocks' bodies replaced; the rest of the text stays as it is. */
    String withBlocks(String scriptBody, String outputBody) {
        List<Block> inOrder = script.start() < output.start() ? List.of(script, output) : List.of(output, script);
        StringBuilder page = new StringBuilder();
        int at = 0;
        for (Block block : inOrder) {
            page.append(text, at, block.start()).append(block == script ? scriptBody : outputBody);
            at = block.end();
        }
        return page.append(text.substring(at)).toString();
    }

    private Matcher commandParts() {
        Matcher matcher = COMMAND.matcher(output.marker());
        if (!matcher.matches()) {
            throw new AssertionError(file + ": the output marker should read 'nn run [--quiet] --lang en|es "
                    + "samples/course/NN-topic.nn', not '" + output.marker() + "'");
        }
        return matcher;
    }

    /** {@code <!-- KIND: MARKER -->}, a new line, then a block fenced with {@code ```FENCE}. */
    private static Pattern block(String kind, String fence) {
        return Pattern.compile("<!-- " + kind + ": ([^\\n]*?) -->\\n```" + fence + "\\n(.*?)```\\n", Pattern.DOTALL);
    }

    private static Block only(Pattern pattern, String text, Path file, String kind) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError(
                    file + ": no " + kind + " block (a '<!-- " + kind + ": ... -->' line, then a " + "fenced block)");
        }
        Block block = new Block(matcher.group(1), matcher.start(2), matcher.end(2), matcher.group(2));
        if (matcher.find()) {
            throw new AssertionError(file + ": more than one " + kind + " block");
        }
        return block;
    }
}
