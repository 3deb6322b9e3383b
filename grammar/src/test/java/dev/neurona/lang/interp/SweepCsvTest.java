package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** A sweep table's cells read back unchanged through a real CSV parser, whatever they hold. */
class SweepCsvTest {

    @Test
    void cellsWithCommasQuotesLineBreaksAndEdgeBlanksReadBackAsWritten() throws IOException {
        List<String> cells = List.of(
                "plain",
                "",
                "a,b",
                "say \"hi\"",
                "two\nlines",
                "cr\rhere",
                " leading",
                "trailing ",
                "0.001",
                "adam(lr=0.01)");
        StringBuilder line = new StringBuilder();
        for (String cell : cells) line.append(line.length() == 0 ? "" : ",").append(SweepCsv.quoted(cell));
        try (CSVParser parser = CSVParser.parse(new StringReader(line + "\n"), CSVFormat.DEFAULT)) {
            assertEquals(cells, parser.getRecords().get(0).toList());
        }
    }

    @Test
    void onlyCellsThatNeedItAreQuoted() {
        assertEquals("0.5", SweepCsv.quoted("0.5"));
        assertEquals("relu", SweepCsv.quoted("relu"));
        assertEquals("\"a,b\"", SweepCsv.quoted("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", SweepCsv.quoted("say \"hi\""));
    }
}
