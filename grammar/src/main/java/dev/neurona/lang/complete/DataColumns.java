package dev.neurona.lang.complete;

import dev.neurona.lang.syntax.Lexemes;
import dev.neurona.lang.syntax.Lexemes.Kind;
import dev.neurona.lang.syntax.Lexemes.Lexeme;
import dev.neurona.lang.syntax.StringLiterals;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a script's CSV data sets, and where the script expects one: the one place the
 * editor's completion, the REPL's and the notebook's learn column names from.
 *
 * <p>The data sets are found in the text itself, read as the language's lexer reads it, so that a
 * statement still being written counts: {@code data NAME = csv("file.csv", delimiter=";",
 * header=false) { ... }} at the start of a statement. Their columns come from the header of the
 * file, read only when asked for and within bounds (at most 64 KB, 4096 names; see
 * {@link #header}); relative paths start from the folder the interpreter starts them from (the
 * script's, in the REPL and a notebook the working one). A data set derived from another
 * ({@code data d = iris.train}) has the columns of that one. A file that is missing or cannot be
 * read gives no columns, never an error.
 *
 * <p>A column is expected after {@code target}, {@code features} and {@code ignore} in the block
 * of a {@code csv(...)} data statement (after the option's name, and for the two lists after each
 * comma); these are the only places the language names a column. Nothing is offered in a comment
 * or inside brackets.
 */
public final class DataColumns {

    /** The most of a file (and of its text, when compressed) read for its header. */
    public static final int MAX_BYTES = CsvHeaderPeek.MAX_BYTES;

    /** The most column names taken from a header. */
    public static final int MAX_COLUMNS = CsvHeaderPeek.MAX_COLUMNS;

    private static final Set<String> COLUMN_OPTIONS = Set.of("target", "features", "ignore");

    /**
     * One column.
     *
     * @param name    as the file's header has it
     * @param written as a script writes it: bare when it reads as one name, else in quotes
     * @param quoted  in quotes, with the language's escapes
     */
    public record Column(String name, String written, String quoted) {

        static Optional<Column> of(String name) {
            if (name.indexOf('\r') >= 0 || name.indexOf('\0') >= 0) {
                return Optional.empty(); // no .nn string can hold it
            }
            String quoted = StringLiterals.quote(name);
            return Optional.of(new Column(name, isBare(name) ? name : quoted, quoted));
        }

        private static boolean isBare(String name) {
            List<Lexeme> lexemes = Lexemes.of(name);
            return lexemes.size() == 1
                    && lexemes.get(0).kind() == Kind.WORD
                    && lexemes.get(0).text().equals(name);
        }
    }

    /**
     * A place where the script expects a column of {@code data}.
     *
     * @param data    the data set whose block the place is in
     * @param start   where the column being typed starts (its opening quote, if any); the cursor when nothing is typed yet
     * @param typed   what is typed of it, from {@code start} to the cursor
     * @param columns every column of the data set, in the header's order
     */
    public record Slot(String data, int start, String typed, List<Column> columns) {

        public Slot {
            columns = List.copyOf(columns);
        }

        /** Whether the column being typed is opened by a quote ({@code target "sale}). */
        public boolean inQuotes() {
            return typed.startsWith("\"");
        }

        /** The text that writes {@code column} here: quoted when the typing began with a quote. */
        public String insertion(Column column) {
            return inQuotes() ? column.quoted() : column.written();
        }

        /** The columns that what is typed begins: their name, or their quoted form when typing in quotes. */
        public List<Column> matching() {
            return columns.stream()
                    .filter(c ->
                            inQuotes() ? c.quoted().startsWith(typed) : c.name().startsWith(typed))
                    .toList();
        }
    }

    /** A {@code data} statement as far as its text goes. */
    private record Declaration(
            String name,
            @Nullable String file,
            String delimiter,
            boolean header,
            @Nullable String derivedFrom,
            int blockStart) {}

    private final String text;
    private final Path baseDir;
    private final Map<String, List<String>> headers = new HashMap<>();

    /**
     * @param text    a script, a REPL entry or a notebook cell (with what ran before it, if wanted)
     * @param baseDir where its relative paths start; an empty path is the working directory
     */
    public DataColumns(String text, Path baseDir) {
        this.text = text;
        this.baseDir = baseDir;
    }

    /**
     * The columns of the data set {@code data} as the last statement defining it gives them;
     * empty when it is not a CSV data set of the text, or its file cannot be read.
     */
    public List<String> of(String data) {
        return of(data, declarations(Lexemes.of(text)));
    }

    /** The place at {@code offset} (in {@code char}s) when a column is expected there. */
    public Optional<Slot> at(int offset) {
        List<Lexeme> lexemes = Lexemes.of(text.substring(0, Math.max(0, Math.min(offset, text.length()))));
        List<Declaration> declarations = declarations(lexemes);
        if (declarations.isEmpty()) {
            return Optional.empty();
        }
        Declaration last = declarations.get(declarations.size() - 1);
        if (last.blockStart < 0 || last.file == null) {
            return Optional.empty();
        }
        Lexeme typed = null;
        Lexeme end = lexemes.get(lexemes.size() - 1);
        if (end.end() == offset
                && (end.kind() == Kind.WORD
                        || end.kind() == Kind.RESERVED
                        || end.kind() == Kind.ERROR && end.text().startsWith("\""))) {
            typed = end;
        } else if (end.kind() == Kind.COMMENT) {
            return Optional.empty();
        }
        List<Lexeme> entry = entryBefore(lexemes.subList(last.blockStart, lexemes.size() - (typed == null ? 0 : 1)));
        if (entry == null || !expectsColumn(entry)) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        for (String name : header(last)) {
            Column.of(name).ifPresent(columns::add);
        }
        return Optional.of(
                typed == null
                        ? new Slot(last.name, offset, "", columns)
                        : new Slot(last.name, typed.start(), typed.text(), columns));
    }

    /**
     * The column names of a CSV file from its first record, reading at most {@link #MAX_BYTES} of
     * it and taking at most {@link #MAX_COLUMNS} names, as the CSV loader names them ({@code c1,
     * c2, ...} without a header); empty when the file is missing or cannot be read.
     */
    public static List<String> header(Path file, String delimiter, boolean header) {
        return CsvHeaderPeek.names(file, delimiter, header);
    }

    private List<String> of(String data, List<Declaration> declarations) {
        for (int i = declarations.size() - 1; i >= 0; i--) {
            Declaration d = declarations.get(i);
            if (d.name.equals(data)) {
                if (d.file != null) {
                    return header(d);
                }
                return d.derivedFrom != null ? of(d.derivedFrom, declarations.subList(0, i)) : List.of();
            }
        }
        return List.of();
    }

    private List<String> header(Declaration d) {
        String key = d.file + "\0" + d.delimiter + "\0" + d.header;
        return headers.computeIfAbsent(key, k -> {
            try {
                return header(baseDir.resolve(d.file), d.delimiter, d.header);
            } catch (InvalidPathException notAPath) {
                return List.of();
            }
        });
    }

    /** The option line before the cursor in a block: its lexemes, or null inside brackets. */
    private static @Nullable List<Lexeme> entryBefore(List<Lexeme> block) {
        List<Lexeme> entry = new ArrayList<>();
        int depth = 0;
        for (Lexeme lexeme : block) {
            String symbol = lexeme.kind() == Kind.SYMBOL ? lexeme.text() : "";
            if (lexeme.kind() == Kind.COMMENT) {
                continue;
            }
            if (symbol.equals("(") || symbol.equals("[") || symbol.equals("{")) {
                depth++;
            } else if (symbol.equals(")") || symbol.equals("]") || symbol.equals("}")) {
                depth = Math.max(0, depth - 1);
            }
            boolean continues = !entry.isEmpty() && entry.get(entry.size() - 1).is(Kind.SYMBOL, ",");
            if (depth == 0 && (symbol.equals(";") || lexeme.kind() == Kind.NEWLINE && !continues)) {
                entry.clear();
            } else if (lexeme.kind() != Kind.NEWLINE) {
                entry.add(lexeme);
            }
        }
        return depth == 0 ? entry : null;
    }

    /** {@code target |}, {@code features |}, {@code ignore a, |}. */
    private static boolean expectsColumn(List<Lexeme> entry) {
        if (entry.isEmpty()
                || entry.get(0).kind() != Kind.WORD
                || !COLUMN_OPTIONS.contains(entry.get(0).text())) {
            return false;
        }
        if (entry.size() == 1) {
            return true;
        }
        return !entry.get(0).text().equals("target")
                && entry.get(entry.size() - 1).is(Kind.SYMBOL, ",");
    }

    /**
     * The {@code data} statements of a text, in order, each with where its block's lexemes start
     * (-1 without a block, or once the block is closed).
     */
    private static List<Declaration> declarations(List<Lexeme> all) {
        List<Lexeme> lexemes =
                all.stream().filter(l -> l.kind() != Kind.COMMENT).toList();
        List<Declaration> found = new ArrayList<>();
        int depth = 0;
        boolean statementStart = true;
        Declaration open = null;
        int openDepth = -1;
        for (int i = 0; i < lexemes.size(); i++) {
            Lexeme lexeme = lexemes.get(i);
            String symbol = lexeme.kind() == Kind.SYMBOL ? lexeme.text() : "";
            if (statementStart && depth == 0 && lexeme.is(Kind.WORD, "data")) {
                Optional<Declaration> declared = declaration(lexemes, i, all);
                if (declared.isPresent()) {
                    found.add(declared.get());
                    if (declared.get().blockStart >= 0) {
                        open = declared.get();
                        openDepth = 1;
                        depth = 1;
                        i = indexOf(lexemes, all, declared.get().blockStart) - 1;
                        statementStart = false;
                        continue;
                    }
                }
            }
            if (symbol.equals("(") || symbol.equals("[") || symbol.equals("{")) {
                depth++;
            } else if (symbol.equals(")") || symbol.equals("]") || symbol.equals("}")) {
                depth = Math.max(0, depth - 1);
                if (open != null && depth < openDepth) {
                    int index = found.indexOf(open);
                    found.set(
                            index,
                            new Declaration(open.name, open.file, open.delimiter, open.header, open.derivedFrom, -1));
                    open = null;
                }
            }
            statementStart = depth == 0
                    && (symbol.equals(";")
                            || symbol.equals("}")
                            || lexeme.kind() == Kind.NEWLINE && !continues(lexemes, i));
        }
        return found;
    }

    /** Whether the line goes on after the new line at {@code i}: after a comma or an operator. */
    private static boolean continues(List<Lexeme> lexemes, int i) {
        return i > 0
                && lexemes.get(i - 1).kind() == Kind.SYMBOL
                && ",+-*/=".contains(lexemes.get(i - 1).text());
    }

    /** The index in {@code lexemes} (without comments) of the lexeme at {@code index} in {@code all}. */
    private static int indexOf(List<Lexeme> lexemes, List<Lexeme> all, int index) {
        if (index >= all.size()) {
            return lexemes.size();
        }
        Lexeme target = all.get(index);
        for (int i = 0; i < lexemes.size(); i++) {
            if (lexemes.get(i).start() >= target.start()) {
                return i;
            }
        }
        return lexemes.size();
    }

    /**
     * {@code data NAME = csv("file", delimiter=";", header=false) {} or {@code data NAME = OTHER.part {}
     * from lexeme {@code at}; empty when it reads as neither.
     */
    private static Optional<Declaration> declaration(List<Lexeme> lexemes, int at, List<Lexeme> all) {
        if (at + 3 >= lexemes.size()
                || lexemes.get(at + 1).kind() != Kind.WORD
                || !lexemes.get(at + 2).is(Kind.SYMBOL, "=")
                || lexemes.get(at + 3).kind() != Kind.WORD) {
            return Optional.empty();
        }
        String name = lexemes.get(at + 1).text();
        String source = lexemes.get(at + 3).text();
        int i = at + 4;
        String file = null;
        String delimiter = ",";
        boolean header = true;
        String derivedFrom = null;
        boolean call = i < lexemes.size() && lexemes.get(i).is(Kind.SYMBOL, "(");
        if (call && source.equals("csv")) {
            i++;
            while (i < lexemes.size() && !lexemes.get(i).is(Kind.SYMBOL, ")")) {
                Lexeme l = lexemes.get(i);
                if (l.kind() == Kind.STRING
                        && file == null
                        && !lexemes.get(i - 1).is(Kind.SYMBOL, "=")) {
                    file = unquote(l.text());
                } else if (l.is(Kind.SYMBOL, "=") && i + 1 < lexemes.size()) {
                    String option = lexemes.get(i - 1).text();
                    Lexeme value = lexemes.get(i + 1);
                    if (option.equals("delimiter") && value.kind() == Kind.STRING) {
                        delimiter = unquote(value.text());
                    } else if (option.equals("header") && value.kind() == Kind.RESERVED) {
                        header = !value.text().equals("false");
                    }
                }
                i++;
            }
            if (i >= lexemes.size() || file == null || delimiter == null) {
                return Optional.empty();
            }
            i++;
        } else if (call) {
            return Optional.empty(); // idx(...), parquet(...): no columns to name
        } else {
            derivedFrom = source;
            while (i + 1 < lexemes.size()
                    && lexemes.get(i).is(Kind.SYMBOL, ".")
                    && lexemes.get(i + 1).kind() == Kind.WORD) {
                i += 2;
            }
        }
        int blockStart = -1;
        if (i < lexemes.size() && lexemes.get(i).is(Kind.SYMBOL, "{")) {
            blockStart = all.indexOf(lexemes.get(i)) + 1;
        }
        return Optional.of(new Declaration(name, file, delimiter, header, derivedFrom, blockStart));
    }

    /** The value of a string lexeme, or null when an escape is not one of the language's. */
    private static @Nullable String unquote(String literal) {
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            switch (escaped) {
                case '"', '\\' -> value.append(escaped);
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                default -> {
                    return null;
                }
            }
        }
        return value.toString();
    }
}
