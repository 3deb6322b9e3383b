package dev.neurona.lang.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChartTest {

    private static final double[] FALLING = {2.0, 1.5, 1.0, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.1};
    private static final double[] RISING_LATE = {2.1, 1.6, 1.2, 1.0, 0.9, 0.95, 1.1, 1.3, 1.5, 1.8};

    @Test
    void drawsTheLargestValueTopLeftAndTheSmallestBottomRight() {
        String chart =
                TextChart.render("loss", List.of(new TextChart.Series("training", FALLING)), 78, 10, Glyphs.UNICODE);
        List<String> lines = chart.lines().toList();

        assertTrue(lines.get(0).startsWith("loss") && lines.get(0).endsWith("● training"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2.00 ┤●"), lines.get(1));
        assertTrue(lines.get(10).startsWith("0.10 ┤") && lines.get(10).endsWith("●"), lines.get(10));
        assertTrue(
                lines.get(5).startsWith("1.05 ┤"), "the middle row is labelled with the middle value: " + lines.get(5));
        assertTrue(lines.get(11).startsWith("     └┬"), lines.get(11));
        assertTrue(lines.get(12).matches(" {6}1 +5 +10  epoch"), lines.get(12));
        assertEquals(13, lines.size());
    }

    @Test
    void fitsEightyColumnsAndMarksWhereTheTwoSeriesMeet() {
        String chart = TextChart.render(
                "loss",
                List.of(new TextChart.Series("training", FALLING), new TextChart.Series("validation", RISING_LATE)),
                78,
                10,
                Glyphs.UNICODE);

        chart.lines().forEach(line -> assertTrue(line.length() <= 78, line.length() + ": " + line));
        assertTrue(chart.lines().findFirst().orElseThrow().endsWith("● training  ○ validation  ◉ both"), chart);
        long validationMarks = chart.chars().filter(c -> c == '○').count();
        assertTrue(validationMarks > 40, chart);
        // Validation ends at its highest value since epoch 1: its last mark is on the second row.
        String secondRow = chart.lines().toList().get(2);
        assertTrue(secondRow.endsWith("○"), chart);
    }

    @Test
    void asciiChartsUseOnlyAscii() {
        String chart = TextChart.render(
                "accuracy",
                List.of(new TextChart.Series("training", FALLING), new TextChart.Series("validation", RISING_LATE)),
                78,
                8,
                Glyphs.ASCII);

        assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(chart), chart);
        assertTrue(chart.contains("* training  o validation"), chart);
        assertTrue(chart.contains("+-"), chart);
    }

    @Test
    void oneEpochIsOnePointAndNoFiguresIsSaid() {
        String one = TextChart.render(
                "loss", List.of(new TextChart.Series("training", new double[] {0.7})), 78, 5, Glyphs.ASCII);
        assertTrue(one.contains("0.7000 +*\n"), one);
        assertEquals(
                "loss: nothing to draw yet\n",
                TextChart.render(
                        "loss",
                        List.of(new TextChart.Series("training", new double[] {Double.NaN})),
                        78,
                        5,
                        Glyphs.ASCII));
        assertThrows(IllegalArgumentException.class, () -> TextChart.render("x", List.of(), 20, 5, Glyphs.ASCII));
    }

    @Test
    void labelsHaveEnoughDecimalsToDiffer() {
        assertEquals(2, TextChart.decimals(2.0));
        assertEquals(4, TextChart.decimals(0.04));
        assertEquals(0, TextChart.decimals(5000));
    }

    @Test
    void curvesDrawLossThenAccuracyWithValidationWhenThereIsSome() {
        double[] nan = new double[FALLING.length];
        java.util.Arrays.fill(nan, Double.NaN);
        double[] accuracy = {0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.82, 0.84, 0.85, 0.86};
        String both = CurvesText.render(new Curves(FALLING, accuracy, RISING_LATE, accuracy), Glyphs.ASCII);
        assertTrue(both.startsWith("loss "), both);
        assertTrue(both.contains("\n\naccuracy "), both);
        assertTrue(both.contains("o validation"), both);

        String regression = CurvesText.render(new Curves(FALLING, nan, nan, nan), Glyphs.ASCII);
        assertTrue(!regression.contains("accuracy") && !regression.contains("validation"), regression);
    }

    @Test
    void glyphsFollowWhatTheOutputCanEncode() {
        assertEquals(Glyphs.UNICODE, Glyphs.forCharset(StandardCharsets.UTF_8));
        assertEquals(Glyphs.ASCII, Glyphs.forCharset(StandardCharsets.US_ASCII));
        assertEquals(Glyphs.ASCII, Glyphs.forCharset(StandardCharsets.ISO_8859_1));
    }
}
