package dev.neurona.lsp;

import dev.neurona.lang.ast.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.jspecify.annotations.Nullable;

/**
 * Converts between the three ways a place in a script is named: an offset into the text, an LSP
 * position (0-based line, column in UTF-16 units) and a language span (1-based line, column in
 * code points).
 */
final class TextIndex {

    private final String text;
    private final int[] lineStarts;

    TextIndex(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The offset of a position, clamped into the text. */
    int offset(Position position) {
        int line = Math.max(0, Math.min(position.getLine(), lineStarts.length - 1));
        int start = lineStarts[line];
        return Math.min(start + Math.max(0, position.getCharacter()), lineEnd(line));
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The range of a span; the start of the text for a problem of the whole file ({@code null}). */
    Range range(@Nullable SourceSpan span) {
        if (span == null) {
            return range(0, 0);
        }
        return new Range(position(span.line(), span.column()), position(span.endLine(), span.endColumn()));
    }

    /** The offset where a span starts. */
    int start(SourceSpan span) {
        return offset(position(span.line(), span.column()));
    }

    int end(SourceSpan span) {
        return offset(position(span.endLine(), span.endColumn()));
    }

    private Position position(int line1, int column1) {
        int line = Math.max(0, Math.min(line1 - 1, lineStarts.length - 1));
        int start = lineStarts[line];
        int end = lineEnd(line);
        int chars = start;
        for (int codePoints = 1; codePoints < column1 && chars < end; codePoints++) {
            chars += Character.charCount(text.codePointAt(chars));
        }
        return new Position(line, chars - start);
    }

    /** The offset of the end of a line, before its {@code \r\n} or {@code \n}. */
    private int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (end > lineStarts[line]
                && end <= text.length()
                && end - 1 >= 0
                && end - 1 < text.length()
                && text.charAt(end - 1) == '\r'
                && line + 1 < lineStarts.length) {
            end--;
        }
        return end;
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
