package dev.neurona.runtime.data;

import dev.neurona.runtime.i18n.Text;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A cursor over the records of CSV text, one row at a time, that makes no object per cell: a
 * row's cells stay in a character buffer ({@link #chars()}) between {@link #start} and
 * {@link #end}, quotes already undone, until the next {@link #next()}. Quoting is RFC 4180's as
 * Commons CSV reads it (the reference reader, {@link CsvReader}): a quote opens a quoted cell
 * only as the cell's first character, {@code ""} inside one is a quote, whitespace may follow the
 * closing quote; lines end in LF, CR LF or CR, and {@link #line()} counts them as Commons CSV
 * does, line breaks inside quoted cells included. Empty lines come back as rows of one empty cell.
 *
 * <p>Row by row, so that a reader of a whole file and a batch-by-batch reader share it. A row
 * longer than {@link #MAX_ROW_CHARS} is refused rather than buffered.
 */
final class CsvRowReader implements CsvRows {
    /** The longest row held: far beyond a real table's, well within memory. */
    static final int MAX_ROW_CHARS = 1 << 27;

    private static final char QUOTE = '"';

    private final Reader in;
    private final String file;
    private final char[] delimiter;
    private char[] buf = new char[1 << 16];
    private int limit;
    private int pos;
    private boolean eof;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int cells;
    private long lineBreaks;
    private long rowLine;
    /** Where the current row starts in the buffer; everything before it has been returned. */
    private int rowBegin;
    /** How far {@link #fill()} has moved the buffer's contents, in all: callers holding indices subtract what it grew by. */
    private long shifted;

    CsvRowReader(Reader in, String file, String delimiter) {
        this.in = in;
        this.file = file;
        this.delimiter = delimiter.toCharArray();
    }

    @Override
    public boolean next() throws IOException {
        cells = 0;
        rowBegin = pos;
        rowLine = lineBreaks + 1;
        if (pos >= limit && !fill()) {
            return false;
        }
        while (true) {
            if ((pos < limit || fill()) && buf[pos] == QUOTE) {
                if (quotedCell()) {
                    return true;
                }
            } else if (plainCell()) {
                return true;
            }
        }
    }

    @Override
    public char[] chars() {
        return buf;
    }

    @Override
    public int cellCount() {
        return cells;
    }

    @Override
    public int start(int cell) {
        return starts[cell];
    }

    @Override
    public int end(int cell) {
        return ends[cell];
    }

    @Override
    public long line() {
        return rowLine;
    }

    /** An unquoted cell, up to a delimiter, a line break or the end. @return true when it ends the row */
    private boolean plainCell() throws IOException {
        int start = pos;
        char first = delimiter[0];
        while (true) {
            for (int i = pos; i < limit; i++) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    addCell(start, i);
                    pos = i;
                    lineBreak();
                    return true;
                }
                if (c == first) {
                    long before = shifted;
                    boolean found = isDelimiterAt(i);
                    int moved = (int) (shifted - before);
                    i -= moved;
                    start -= moved;
                    if (found) {
                        addCell(start, i);
                        pos = i + delimiter.length;
                        return false;
                    }
                }
            }
            pos = limit;
            long before = shifted;
            boolean more = fill();
            start -= (int) (shifted - before);
            if (!more) {
                addCell(start, limit);
                return true;
            }
        }
    }

    /** A quoted cell, unescaped in place. @return true when it ends the row */
    private boolean quotedCell() throws IOException {
        pos++;
        int start = pos;
        int write = pos;
        char previous = QUOTE;
        while (true) {
            if (pos >= limit) {
                long before = shifted;
                boolean more = fill();
                start -= (int) (shifted - before);
                write -= (int) (shifted - before);
                if (!more) {
                    throw broken(Text.of("csv.quote_not_closed"));
                }
            }
            char c = buf[pos++];
            if (c == QUOTE) {
                if (pos >= limit) {
                    long before = shifted;
                    boolean more = fill();
                    start -= (int) (shifted - before);
                    write -= (int) (shifted - before);
                    if (!more) {
                        addCell(start, write);
                        return true;
                    }
                }
                if (buf[pos] == QUOTE) {
                    buf[write++] = QUOTE;
                    pos++;
                    continue;
                }
                addCell(start, write);
                return afterClosingQuote();
            }
            // Commons CSV counts CR, and LF unless it follows CR.
            if (c == '\r' || c == '\n' && previous != '\r') {
                lineBreaks++;
            }
            buf[write++] = c;
            previous = c;
        }
    }

    /** After a closing quote: whitespace, then a delimiter, a line break or the end. */
    private boolean afterClosingQuote() throws IOException {
        while (pos < limit || fill()) {
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                lineBreak();
                return true;
            }
            if (c == delimiter[0] && isDelimiterAt(pos)) {
                pos += delimiter.length;
                return false;
            }
            if (!Character.isWhitespace(c)) {
                throw broken(Text.of("csv.text_after_quote"));
            }
            pos++;
        }
        return true;
    }

    /** Consumes the line break at {@code pos}: LF, CR LF or CR. */
    private void lineBreak() throws IOException {
        char c = buf[pos++];
        lineBreaks++;
        if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
            pos++;
        }
    }

    /**
     * Whether the delimiter starts at {@code at}, whose character is the delimiter's first. May
     * move the buffer to see the rest of a longer delimiter ({@link #shifted} tells by how much).
     */
    private boolean isDelimiterAt(int at) throws IOException {
        if (delimiter.length == 1) {
            return true;
        }
        while (at + delimiter.length > limit) {
            long before = shifted;
            boolean more = fill();
            at -= (int) (shifted - before);
            if (!more) {
                return false;
            }
        }
        for (int k = 1; k < delimiter.length; k++)
            if (buf[at + k] != delimiter[k]) {
                return false;
            }
        return true;
    }

    private void addCell(int start, int end) {
        if (cells == starts.length) {
            starts = Arrays.copyOf(starts, cells * 2);
            ends = Arrays.copyOf(ends, cells * 2);
        }
        starts[cells] = start;
        ends[cells] = end;
        cells++;
    }

    /**
     * Reads more text after {@code limit}. First moves the current row to the buffer's start, so
     * that every index into the buffer drops by the old {@link #rowBegin} (callers holding indices
     * subtract it), or grows the buffer when the row fills it.
     *
     * @return false at the end of the text
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (rowBegin > 0) {
            int shift = rowBegin;
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            for (int k = 0; k < cells; k++) {
                starts[k] -= shift;
                ends[k] -= shift;
            }
            limit -= shift;
            pos -= shift;
            rowBegin = 0;
            shifted += shift;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_ROW_CHARS) {
                throw broken(Text.of("csv.row_too_long", String.valueOf(MAX_ROW_CHARS)));
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_ROW_CHARS));
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }

    private DataException broken(Text message) {
        return new DataException(Text.of("data.at_line", file, String.valueOf(rowLine), message));
    }
}
