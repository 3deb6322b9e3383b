package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.visual.Glyphs;
import dev.neurona.runtime.train.EpochMetrics;
import dev.neurona.runtime.train.TrainingResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What training prints, driven batch by batch with a clock the test moves. */
class EpochPrinterTest {

    private static final int EPOCHS = 3;
    private static final int BATCHES = 50;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now = 1_000_000_000L;

    @Test
    void aLogGetsEpochLinesOnlyNeverCarriageReturnsOrBatchLines() {
        train(
                new EpochPrinter(
                        out, false, false, new LearningNotes(0.1, List.of("more data")), Glyphs.ASCII, () -> now),
                20_000_000L);

        String log = text();
        assertFalse(log.contains("\r"), log);
        List<String> lines = log.lines().toList();
        assertEquals(EPOCHS, lines.size(), log);
        for (int e = 1; e <= EPOCHS; e++) assertTrue(lines.get(e - 1).startsWith("epoch " + e + "/3  loss "), log);
        assertFalse(log.contains("/" + BATCHES), "no batch counts in a log");
    }

    @Test
    void quietPrintsOnlyTheFinalFigures() {
        train(
                new EpochPrinter(
                        out, true, true, new LearningNotes(0.1, List.of("more data")), Glyphs.ASCII, () -> now),
                20_000_000L);

        assertEquals("epoch 3/3  loss 0.3000  acc 0.8000  val_loss 0.4000  val_acc 0.7000  1.0s\n", text());
    }

    @Test
    void aWarmUpGetsItsOwnLineBeforeTheFirstEpochWithItsTimeButNotWhenQuiet() {
        EpochPrinter printer = new EpochPrinter(
                out, false, false, new LearningNotes(0.1, List.of("more data")), Glyphs.ASCII, () -> now);
        printer.onWarmUp(97, 1.04);
        train(printer, 20_000_000L);

        List<String> lines = text().lines().toList();
        assertEquals(EPOCHS + 1, lines.size(), text());
        assertEquals(
                "warm-up: the fast code was prepared on a copy of the network, which learns nothing"
                        + " (not counted in epoch 1)  1.0s",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("epoch 1/3  loss "), text());

        bytes.reset();
        EpochPrinter quiet = new EpochPrinter(
                out, true, false, new LearningNotes(0.1, List.of("more data")), Glyphs.ASCII, () -> now);
        quiet.onWarmUp(97, 1.04);
        assertEquals("", text());
    }

    @Test
    void aTerminalSeesOneLiveLineRedrawnAtMostTenTimesASecondThenTheEpochLine() {
        // 50 batches of 20 ms: one second per epoch, so about ten redraws each.
        train(
                new EpochPrinter(
                        out, false, true, new LearningNotes(0.1, List.of("more data")), Glyphs.ASCII, () -> now),
                20_000_000L);

        String screen = text();
        long redraws = screen.chars().filter(c -> c == '\r').count();
        // Each epoch: a first draw, then one per 100 ms; each redraw starts with \r, and the
        // clearing before the epoch line writes two more.
        assertTrue(redraws >= EPOCHS * 10 && redraws <= EPOCHS * 13, redraws + " carriage returns\n" + screen);
        assertTrue(screen.contains("\repoch 2/3 [#####-----] 26/50  loss 0.5000"), screen);
        assertTrue(screen.contains("/s  ETA "), screen);
        List<String> printed = finalScreen(screen);
        assertEquals(EPOCHS, printed.size(), String.join("\n", printed));
        assertTrue(printed.get(2).startsWith("epoch 3/3  loss 0.3000"), printed.get(2));
        for (String drawn : screen.split("[\r\n]")) assertTrue(drawn.length() <= 79, drawn);
    }

    @Test
    void theProgressLineFitsAnEightyColumnTerminalWhateverTheFigures() {
        String wide = ProgressLine.format(100, 100, 60_000, 60_000, 3_840_000, 12345.6789, 0.5, 0.001, Glyphs.UNICODE);
        assertTrue(wide.length() <= ProgressLine.MAX_WIDTH, wide);
        String usual = ProgressLine.format(3, 10, 120, 313, 7680, 0.28311, 0.91717, 4.0, Glyphs.UNICODE);
        assertEquals("epoch 3/10 [███░░░░░░░] 120/313  loss 0.2831  acc 0.9172  1,920/s  ETA 6s", usual);
        String regression = ProgressLine.format(1, 1, 1, 4, 32, 2.5, Double.NaN, 0, Glyphs.ASCII);
        assertEquals("epoch 1/1 [##--------] 1/4  loss 2.5000", regression);
        assertEquals("59s", ProgressLine.duration(59.2));
        assertEquals("1m05s", ProgressLine.duration(65));
        assertEquals("2h03m", ProgressLine.duration(2 * 3600 + 3 * 60 + 10));
    }

    /** Three epochs of {@value #BATCHES} batches, each taking {@code batchNanos}. */
    private void train(EpochPrinter printer, long batchNanos) {
        printer.onTrainBegin(EPOCHS, BATCHES, BATCHES * 32, 100);
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int e = 1; e <= EPOCHS; e++) {
            for (int b = 1; b <= BATCHES; b++) {
                now += batchNanos;
                printer.onBatchEnd(e, b, BATCHES, b * 32, 1.0 / e, 0.5);
            }
            EpochMetrics metrics = new EpochMetrics(e, EPOCHS, e == 3 ? 0.3 : 1.0 / e, 0.8, 0.4, 0.7, 0.001, 1.0);
            epochs.add(metrics);
            printer.onEpochEnd(metrics);
        }
        printer.onTrainEnd(new TrainingResult(epochs, EPOCHS, false, false));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What a terminal shows at the end: each line as its last carriage return left it. */
    private static List<String> finalScreen(String output) {
        // Not String.lines(): it would split at the carriage returns too.
        return java.util.Arrays.stream(output.split("\n"))
                .map(line -> {
                    String[] parts = line.split("\r", -1);
                    return parts[parts.length - 1];
                })
                .filter(line -> !line.isBlank())
                .toList();
    }
}
