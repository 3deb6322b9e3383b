package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans of tokens and parse-tree nodes, with 1-based columns counted in code points. */
final class TokenSpans {

    private TokenSpans() {}

    /** The span of one token; zero-width for the end of input. */
    static SourceSpan of(Token token) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        if (token.getType() == Token.EOF) {
            return SourceSpan.point(line, column);
        }
        String text = token.getText();
        int endLine = line;
        int endColumn = column;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                endLine++;
                endColumn = 1;
            } else {
                endColumn++;
            }
        }
        return new SourceSpan(line, column, endLine, endColumn);
    }

    /** The zero-width span just after a token. */
    static SourceSpan after(Token token) {
        SourceSpan span = of(token);
        return SourceSpan.point(span.endLine(), span.endColumn());
    }

    /** The span from the first to the last token of a parse-tree node. */
    static SourceSpan of(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            stop = start;
        }
        return SourceSpan.covering(of(start), of(stop));
    }
}
