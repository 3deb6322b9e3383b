/**
 * The immutable syntax tree of a .nn script. Every node is a record that knows its
 * {@link dev.neurona.lang.ast.SourceSpan}; nothing here refers to the parser.
 *
 * <ul>
 *   <li>{@link dev.neurona.lang.ast.Script}: the statements in order.
 *   <li>{@link dev.neurona.lang.ast.Statement}: {@code SeedStmt}, {@code DataStmt},
 *       {@code ModelStmt}, {@code ModelFromTemplateStmt}, {@code TrainStmt}, {@code EvaluateStmt},
 *       {@code PredictStmt}, {@code SaveStmt}, {@code LoadStmt}, {@code ExportStmt}, {@code PrintStmt},
 *       {@code PlotStmt}, {@code ReportStmt}, {@code SweepStmt}; dispatch with
 *       {@link dev.neurona.lang.ast.StatementVisitor}.
 *   <li>{@link dev.neurona.lang.ast.Block} of {@link dev.neurona.lang.ast.Entry} lines, each a name
 *       and comma-separated {@link dev.neurona.lang.ast.Clause}s of {@link dev.neurona.lang.ast.Arg}s:
 *       {@code PositionalArg}, {@code NamedArg}, {@code PrepositionArg}
 *       ({@link dev.neurona.lang.ast.ArgVisitor}).
 *   <li>{@link dev.neurona.lang.ast.Expr}: {@code NumberLit} (percentages already divided by 100),
 *       {@code SizeLit}, {@code StringLit}, {@code BoolLit}, {@code ListLit}, {@code NameRef}
 *       (possibly dotted), {@code Call}, {@code Binary}, {@code Unary}
 *       ({@link dev.neurona.lang.ast.ExprVisitor}). Nothing is evaluated at parse time.
 * </ul>
 *
 * {@link dev.neurona.lang.ast.AstPrinter} prints a tree back as canonical .nn text.
 */
@NullMarked
package dev.neurona.lang.ast;

import org.jspecify.annotations.NullMarked;
