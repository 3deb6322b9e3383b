package dev.neurona.lang.syntax;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.i18n.Text;
import org.antlr.v4.runtime.Token;

/**
 * The language's string literals: a STRING token turned into its value (quotes removed, escapes
 * {@code \" \\ \n \t} replaced), and a value written back as a literal.
 */
public final class StringLiterals {

    private StringLiterals() {}

    /** {@code text} as a string literal of the language: in double quotes, with its four escapes. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** @throws AstBuildException for an escape other than the four known ones, or a NUL character, pointing at it */
    static String unescape(Token token) {
        String text = token.getText();
        StringBuilder value = new StringBuilder(text.length());
        int column = token.getCharPositionInLine() + 2; // 1-based, after the opening quote
        for (int i = 1; i < text.length() - 1; ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c == 0) { // no file name or text can hold it; Java's paths reject it with an exception
                throw new AstBuildException(SourceSpan.point(token.getLine(), column), Text.of("syntax.string.nul"));
            }
            if (c != '\\') {
                value.appendCodePoint(c);
                i += width;
                column++;
                continue;
            }
            int escaped = text.codePointAt(i + 1);
            switch (escaped) {
                case '"':
                    value.append('"');
                    break;
                case '\\':
                    value.append('\\');
                    break;
                case 'n':
                    value.append('\n');
                    break;
                case 't':
                    value.append('\t');
                    break;
                default:
                    String escape = "\\" + new String(Character.toChars(escaped));
                    throw new AstBuildException(
                            new SourceSpan(token.getLine(), column, token.getLine(), column + 2),
                            Text.of("syntax.string.escape", escape));
            }
            i += 1 + Character.charCount(escaped);
            column += 2;
        }
        return value.toString();
    }
}
