package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.TokenWords.describe;

import dev.neurona.lang.diag.Suggestions;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Messages that depend on what the nearest enclosing construct (a statement, a block, an argument
 * list, ...) was reading when the parser failed, such as "expected 'on' after the model's name in
 * 'train'". Names, expressions and items are transparent: the construct around them speaks.
 */
final class ConstructMessages {

    private ConstructMessages() {}

    /** The message of the nearest construct that has one, or null to fall back on generic words. */
    static Phrase of(ErrorSituation s) {
        for (ParserRuleContext ctx = s.innermost; ctx != null; ctx = ctx.getParent()) {
            switch (ctx.getRuleIndex()) {
                case Nn.RULE_script:
                    return statementStart(s);
                case Nn.RULE_statementEnd:
                    return Phrase.of("expected a new line or ';' before " + describe(s.offending));
                case Nn.RULE_seedStatement:
                    return afterKeyword(s, "a number");
                case Nn.RULE_dataStatement:
                    return dataStatement(s);
                case Nn.RULE_modelStatement:
                    return modelStatement(s);
                case Nn.RULE_templateInstance:
                    return s.previousIs(NnLexer.ASSIGN) ? Phrase.of("expected a template's name after '='") : null;
                case Nn.RULE_parameterList:
                    return list(s, NnLexer.RPAREN, "a parameter");
                case Nn.RULE_parameter:
                    return parameter(s);
                case Nn.RULE_trainStatement:
                case Nn.RULE_evaluateStatement:
                case Nn.RULE_predictStatement:
                case Nn.RULE_reportStatement:
                    return modelOnData(s);
                case Nn.RULE_saveStatement:
                    return nameAndFile(s, "the model's name", "to");
                case Nn.RULE_loadStatement:
                    return nameAndFile(s, "a name", "from");
                case Nn.RULE_exportStatement:
                    return nameAndFile(s, "the model's name", "to");
                case Nn.RULE_printStatement:
                    return afterKeyword(s, "a name or a text in quotes");
                case Nn.RULE_explainStatement:
                    return afterKeyword(s, "the model's name");
                case Nn.RULE_plotStatement:
                    return plotStatement(s);
                case Nn.RULE_plotSetting:
                    return s.previousIs(NnLexer.IDENT)
                            ? Phrase.of("expected a value after " + describe(s.previous))
                            : null;
                case Nn.RULE_sweepStatement:
                    return sweepStatement(s);
                case Nn.RULE_destination:
                    return destination(s);
                case Nn.RULE_block:
                    return block(s, (Nn.BlockContext) ctx);
                case Nn.RULE_entry:
                    return null;
                case Nn.RULE_argumentList:
                    return list(s, NnLexer.RPAREN, "an argument");
                case Nn.RULE_list:
                    return list(s, NnLexer.RBRACKET, "a value");
                default:
                    break; // names, expressions and items: ask what encloses them
            }
        }
        return null;
    }

    /** Generic words from the token before the culprit: "expected a value after '/'". */
    static Phrase afterPrevious(ErrorSituation s) {
        if (s.previous == null) {
            return null;
        }
        int type = s.previous.getType();
        if (TokenWords.isOperator(type)
                || type == NnLexer.ASSIGN
                || type == NnLexer.COMMA
                || TokenWords.isPreposition(type)) {
            return Phrase.after("expected a value after " + describe(s.previous));
        }
        if (type == NnLexer.DOT) {
            return Phrase.after("expected a name after '.'");
        }
        return null;
    }

    private static Phrase statementStart(ErrorSituation s) {
        List<String> keywords = SyntaxMessages.STATEMENT_KEYWORDS;
        String message =
                "a statement must start with a keyword such as data, model, train; found " + describe(s.offending);
        Optional<String> suggestion = TokenWords.isWord(s.offending)
                ? Suggestions.nearest(s.offending.getText(), keywords)
                : Optional.empty();
        if (suggestion.isPresent()) {
            return Phrase.of(message + "; did you mean '" + suggestion.get() + "'?");
        }
        String all = String.join(", ", keywords.subList(0, keywords.size() - 1)) + " and "
                + keywords.get(keywords.size() - 1);
        return new Phrase(message, "the statements are " + all, false);
    }

    private static Phrase afterKeyword(ErrorSituation s, String what) {
        if (!s.previousIsKeyword()) {
            return null;
        }
        return Phrase.of("expected " + what + " after '" + s.statementStart.getText() + "'");
    }

    private static Phrase dataStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return Phrase.of("expected a name for the data set after 'data'");
        }
        if (s.expects(NnLexer.ASSIGN)) {
            return Phrase.of("expected '=' after the data set's name");
        }
        if (s.previousIs(NnLexer.ASSIGN)) {
            return Phrase.of("expected a data source after '=', such as csv(\"file.csv\"), idx(...) or mnist.train");
        }
        return null;
    }

    private static Phrase modelStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return Phrase.of("expected a name for the model after 'model'");
        }
        if (s.expects(NnLexer.LBRACE)) {
            return Phrase.of("expected '{' after the model's name, or '=' to make it from a template");
        }
        return null;
    }

    private static Phrase parameter(ErrorSituation s) {
        if (s.expects(NnLexer.ASSIGN)) {
            return Phrase.of("expected '=' and a default value after the parameter " + describe(s.previous));
        }
        if (s.previousIs(NnLexer.ASSIGN)) {
            return Phrase.of("expected a default value after '='");
        }
        return null;
    }

    /** train, evaluate, predict and report: {@code KEYWORD MODEL on DATA ...}. */
    private static Phrase modelOnData(ErrorSituation s) {
        String keyword = s.statementStart.getText();
        if (s.previousIsKeyword()) {
            return Phrase.of("expected the model's name after '" + keyword + "'");
        }
        if (s.expects(NnLexer.ON) && s.expects(NnLexer.LBRACKET)) {
            return Phrase.of("expected 'on' and a data set, or a list of inputs such as [1, 2], "
                    + "after the model's name in 'predict'");
        }
        if (s.expects(NnLexer.ON)) {
            return Phrase.of("expected 'on' after the model's name in '" + keyword + "'");
        }
        if (s.previousIs(NnLexer.ON)) {
            return Phrase.of("expected the data set's name after 'on'");
        }
        return null;
    }

    /** save, load and export: {@code KEYWORD NAME to|from "file"}. */
    private static Phrase nameAndFile(ErrorSituation s, String what, String preposition) {
        String keyword = s.statementStart.getText();
        int type = preposition.equals("to") ? NnLexer.TO : NnLexer.FROM;
        if (s.previousIsKeyword()) {
            return Phrase.of("expected " + what + " after '" + keyword + "'");
        }
        if (s.expects(type)) {
            String name = what.equals("a name") ? "the name" : what;
            return Phrase.of("expected '" + preposition + "' after " + name + " in '" + keyword + "'");
        }
        if (s.previousIs(type)) {
            return Phrase.of("expected a file name in quotes after '" + preposition + "'");
        }
        return null;
    }

    /** {@code plot MODEL [KIND] [on DATA [WORD VALUE]] [to "file.png"]}. */
    private static Phrase plotStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return afterKeyword(s, "the model's name");
        }
        if (s.previousIs(NnLexer.ON)) {
            return Phrase.of("expected the data set's name after 'on'");
        }
        return null;
    }

    private static Phrase sweepStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return Phrase.of("expected a name for the sweep after 'sweep'");
        }
        if (s.expects(NnLexer.ASSIGN)) {
            return Phrase.of("expected '=' after the sweep's name");
        }
        if (s.previousIs(NnLexer.ASSIGN)) {
            return Phrase.of("expected a template's name after '='");
        }
        if (s.expects(NnLexer.ON)) {
            return Phrase.of("expected 'on' after the template's name in 'sweep'");
        }
        if (s.previousIs(NnLexer.ON)) {
            return Phrase.of("expected the data set's name after 'on'");
        }
        return null;
    }

    private static Phrase destination(ErrorSituation s) {
        if (s.expects(NnLexer.TO)) {
            return Phrase.of(
                    "expected 'to' and a file name after the data set's name in '" + s.statementStart.getText() + "'");
        }
        return Phrase.of("expected a file name in quotes after 'to'");
    }

    private static Phrase block(ErrorSituation s, Nn.BlockContext block) {
        ParserRuleContext owner = block.getParent();
        if (block.getChildCount() == 0) {
            return Phrase.of(
                    owner instanceof Nn.ModelBodyContext
                            ? "expected '{' after the model's parameters"
                            : "expected '{' with the sweep's options after the data set's name");
        }
        int before = s.previousRaw == null ? -1 : s.previousRaw.getType();
        boolean lineStart = before == NnLexer.LBRACE || before == NnLexer.NEWLINE || before == NnLexer.SEMI;
        if (lineStart && s.expects(NnLexer.IDENT)) {
            String what = owner instanceof Nn.ModelBodyContext ? "a layer such as dense" : "an option name";
            return Phrase.of("expected " + what + ", found " + describe(s.offending));
        }
        if (s.offending.getType() == NnLexer.ASSIGN && s.previous != null && s.isFirstOnLine(s.previous)) {
            String name = s.previous.getText();
            Token value = s.next();
            String example = TokenWords.isSimpleValue(value)
                    ? "'" + name + " " + value.getText() + "'"
                    : "the value after '" + name + "'";
            return Phrase.of("unexpected '=' after '" + name + "'; write " + example + " without '='");
        }
        return null;
    }

    /** Argument lists, parameter lists and lists: {@code (a, b)} and {@code [a, b]}. */
    private static Phrase list(ErrorSituation s, int closer, String item) {
        String close = Brackets.closerText(Brackets.openerFor(closer));
        String open = closer == NnLexer.RPAREN ? "(" : "[";
        if (s.previousIs(Brackets.openerFor(closer))) {
            return Phrase.after("expected " + item + " or '" + close + "' after '" + open + "'");
        }
        if (s.previousIs(NnLexer.COMMA)) {
            return Phrase.after("expected " + item + " after ','");
        }
        if (s.expects(closer) && s.previous != null) {
            return Phrase.after("expected ',' or '" + close + "' after " + describe(s.previous));
        }
        return null;
    }
}
