/**
 * The .nn syntax: {@link dev.neurona.lang.syntax.NnParser} turns text into a
 * {@link dev.neurona.lang.ast.Script} and plain-worded {@link dev.neurona.lang.diag.Diagnostic}s.
 * The ANTLR grammars ({@code NnLexer.g4}, {@code Nn.g4}) and everything generated from them stay
 * inside this package.
 *
 * <h2>Statements</h2>
 * <pre>
 * seed EXPR
 * data NAME = CALL | DOTTED_NAME [BLOCK]         csv(...), idx(...), parquet(...), mnist.train, iris.valid
 * model NAME [(PARAM = EXPR, ...)] BLOCK
 * model NAME = TEMPLATE [(ARGS)]
 * train MODEL on DOTTED_NAME [BLOCK]
 * evaluate MODEL on DOTTED_NAME [to STRING]
 * predict MODEL on DOTTED_NAME [to STRING]
 * predict MODEL [EXPR, ...]
 * save MODEL to STRING
 * load NAME from STRING
 * export MODEL to STRING
 * print DOTTED_NAME | STRING
 * plot MODEL [WORD] [on DOTTED_NAME [WORD EXPR]] [to STRING]
 * report MODEL on DOTTED_NAME to STRING
 * sweep NAME = TEMPLATE on DOTTED_NAME BLOCK [to STRING]
 * </pre>
 *
 * <h2>Blocks</h2>
 * A block is {@code { LINE; LINE ... }}, one layer or option per line. Every line has the same
 * generic form, so the checker (not the parser) decides which names and values exist:
 * <pre>
 * LINE   = NAME [CLAUSE {, CLAUSE}]         split train 90%, valid 10%
 * CLAUSE = ITEM {ITEM}                      dense 64 relu init=he
 * ITEM   = EXPR | NAME=EXPR | on|in|to|from EXPR
 * </pre>
 * Parentheses right after a line's name hold its items: {@code early_stop(patience=3)} reads
 * exactly as {@code early_stop patience=3}.
 *
 * <h2>Layout</h2>
 * A statement or block line ends at a new line or ';'. A new line may follow ',', '(', '[', '{',
 * an operator ({@code + - * /}) and precede ')', ']', '}'. A '{' must be on its statement's line.
 * Comments: {@code #} and {@code //} to the end of the line; {@code /* ... *}{@code /} counts as a
 * space. Only {@code on in to from true false} are reserved; statement keywords are ordinary
 * names elsewhere ({@code digits.train}, {@code split train 90%}). Names may use any letters.
 * {@code dense 3 -1} is {@code dense (3 - 1)}: a space does not separate a unary minus.
 *
 * <h2>Errors</h2>
 * Errors are phrased in plain words (no grammar jargon) and located by file, line and column.
 * One error is reported per statement, or per line inside a block; parsing resumes at the next
 * statement or block line, so one mistake never causes a cascade. A statement keyword at the
 * start of a line inside unclosed brackets is taken for a forgotten '}' or ')' and parsing
 * resumes there. Statements with an error are left out of the {@link dev.neurona.lang.ast.Script}.
 */
@NullMarked
package dev.neurona.lang.syntax;

import org.jspecify.annotations.NullMarked;
