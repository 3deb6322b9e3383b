package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 CSV file (gzip-compressed or not, see {@link CsvText}) into text cells with Apache Commons CSV (RFC 4180 quoting), keeping the
 * physical line each row starts on for messages. Empty lines are skipped. Without a header the
 * columns are named {@code c1, c2, ...}; a header cell left empty is named the same way.
 */
final class CsvReader {
    private CsvReader() {}

    /** @throws DataException when the file is missing, unreadable, empty, or malformed */
    static CsvTable read(Path path, String delimiter, boolean header) {
        return parse(path, delimiter, header, false);
    }

    /** The column names, reading only the first row. */
    static List<String> readHeader(Path path, String delimiter, boolean header) {
        return parse(path, delimiter, header, true).names();
    }

    private static CsvTable parse(Path path, String delimiter, boolean header, boolean headerOnly) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(Text.of("csv.directory", file));
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        long line = 1;
        try (CsvText text = CsvText.open(path);
                CSVParser parser = CSVParser.parse(text.reader(), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = null;
            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            while (records.hasNext()) {
                String[] cells = records.next().values();
                long start = line;
                // The parser has read exactly this record, so the next one starts on the line after.
                line = parser.getCurrentLineNumber() + 1;
                if (isEmptyLine(cells)) {
                    continue;
                }
                if (names == null) {
                    names = header ? headerNames(file, start, cells) : generatedNames(cells.length);
                    if (headerOnly) {
                        break;
                    }
                    if (header) {
                        continue;
                    }
                }
                if (cells.length != names.size()) {
                    throw wrongWidth(file, start, cells.length, names.size(), header);
                }
                rows.add(cells);
                lines.add(start);
            }
            if (names == null) {
                throw new DataException(Text.of("data.empty", file));
            }
            return new CsvTable(
                    file, names, rows, lines.stream().mapToLong(Long::longValue).toArray());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new DataException(Text.of("csv.not_utf8", file));
            }
            IOException cause = e.getCause(); // never null: UncheckedIOException requires one
            Text gzip = cause == null ? null : CsvText.explain(file, cause);
            if (gzip != null) {
                throw new DataException(gzip, e);
            }
            throw new DataException(Text.of(
                    "data.at_line", file, String.valueOf(line), explain(cause == null ? null : cause.getMessage())));
        } catch (IOException e) {
            throw CsvText.failure(file, e);
        }
    }

    /** Commons CSV's two messages for broken quoting, in plain words; anything else as it is. */
    private static Text explain(@Nullable String parserMessage) {
        String message = String.valueOf(parserMessage);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return Text.of("csv.quote_not_closed");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return Text.of("csv.text_after_quote");
        }
        return Text.of("csv.unreadable_from_here", message);
    }

    private static boolean isEmptyLine(String[] cells) {
        return cells.length == 0 || cells.length == 1 && cells[0].isBlank();
    }

    static List<String> headerNames(String file, long line, String[] cells) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c].trim();
            if (c == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).trim();
            }
            if (name.isEmpty()) {
                name = "c" + (c + 1);
            }
            Integer before = seen.putIfAbsent(name, c);
            if (before != null) {
                throw DataException.at(
                        file,
                        line,
                        c + 1,
                        Text.of("csv.name_twice", name, String.valueOf(before + 1), String.valueOf(c + 1)));
            }
            names.add(name);
        }
        return names;
    }

    static List<String> generatedNames(int count) {
        String[] names = new String[count];
        Arrays.setAll(names, c -> "c" + (c + 1));
        return List.of(names);
    }

    static DataException wrongWidth(String file, long line, int cells, int columns, boolean header) {
        int column = Math.min(cells, columns) + 1;
        return DataException.at(
                file,
                line,
                column,
                Text.of(
                        header ? "csv.wrong_width.header" : "csv.wrong_width.first_row",
                        String.valueOf(cells),
                        cells,
                        String.valueOf(columns)));
    }
}
