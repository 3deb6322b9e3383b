package dev.neurona.repl;

import dev.neurona.lang.syntax.NnParser;
import java.util.List;
import java.util.Set;

/**
 * Tells {@code .nn} statements from Java snippets. The rule, as {@code :help} states it:
 * <ol>
 *   <li>{@code :word} is a REPL command; {@code /word} is a JShell command ({@code /vars}, ...).</li>
 *   <li>An entry whose first word is a statement keyword of the language ({@code seed data model
 *       train evaluate predict save load print plot report sweep}), followed by a space and a name,
 *       number or string, is {@code .nn}: {@code model m {}}, {@code train m on d}, {@code print "hi"}.</li>
 *   <li>When the keyword is followed by anything else ({@code data.rows()}, {@code seed = 3},
 *       {@code print(x)}), the entry is {@code .nn} only if it parses as {@code .nn} without error.</li>
 *   <li>Everything else is Java.</li>
 * </ol>
 * Leading comments ({@code #}, {@code //}, block comments) are skipped; an entry of comments only is blank.
 */
public final class InputClassifier {

    /** Java words that may follow a variable named like a statement keyword: {@code data instanceof Foo}. */
    private static final Set<String> JAVA_OPERATOR_WORDS = Set.of("instanceof");

    private final NnParser parser = new NnParser();
    private final Set<String> keywords = Set.copyOf(NnParser.statementKeywords());

    /** What {@code entry} is. */
    public EntryKind classify(String entry) {
        int start = codeStart(entry);
        if (start == entry.length()) {
            return EntryKind.BLANK;
        }
        char first = entry.charAt(start);
        if (first == ':') {
            return EntryKind.COMMAND;
        }
        if (first == '/' && start + 1 < entry.length() && isCommandChar(entry.charAt(start + 1))) {
            return EntryKind.JAVA_COMMAND;
        }
        int wordEnd = wordEnd(entry, start);
        if (wordEnd == start || !keywords.contains(entry.substring(start, wordEnd))) {
            return EntryKind.JAVA;
        }
        int next = skipSpaces(entry, wordEnd);
        if (next == entry.length()) {
            return EntryKind.JAVA; // a bare "model" is a Java expression
        }
        if (next > wordEnd && startsNnArgument(entry, next)) {
            String following = entry.substring(next, wordEnd(entry, next));
            return JAVA_OPERATOR_WORDS.contains(following) ? EntryKind.JAVA : EntryKind.NN;
        }
        return parsesAsNn(entry) ? EntryKind.NN : EntryKind.JAVA;
    }

    private boolean parsesAsNn(String entry) {
        return parser.parse(Holes.withPlaceholders(entry), "<input>")
                .diagnostics()
                .isEmpty();
    }

    /** A name, a number, a string or a hole: what a statement keyword is followed by in {@code .nn}. */
    private static boolean startsNnArgument(String text, int at) {
        char c = text.charAt(at);
        return Character.isJavaIdentifierStart(c) && c != '$'
                || Character.isDigit(c)
                || c == '"'
                || text.startsWith("${", at)
                || (c == '.' || c == '-') && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }

    private static boolean isCommandChar(char c) {
        return Character.isLetter(c) || c == '?' || c == '!';
    }

    private static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the first thing that is neither space nor comment starts, or the length when there is none. */
    static int codeStart(String entry) {
        List<Lexemes.Lexeme> lexemes = Lexemes.ofNn(entry);
        for (Lexemes.Lexeme lexeme : lexemes) {
            boolean space = lexeme.kind() == Lexemes.Kind.OTHER && Character.isWhitespace(entry.charAt(lexeme.start()));
            if (!space && lexeme.kind() != Lexemes.Kind.COMMENT) {
                return lexeme.start();
            }
        }
        return entry.length();
    }
}
