package dev.neurona.lang.syntax;

import static dev.neurona.lang.syntax.TokenWords.describe;

import dev.neurona.lang.diag.Suggestions;
import dev.neurona.runtime.i18n.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Messages that depend on what the nearest enclosing construct (a statement, a block, an argument
 * list, ...) was reading when the parser failed, such as "expected 'on' after the model's name in
 * 'train'". Names, expressions and items are transparent: the construct around them speaks.
 */
final class ConstructMessages {

    private ConstructMessages() {}

    /** The message of the nearest construct that has one, or null to fall back on generic words. */
    static @Nullable Phrase of(ErrorSituation s) {
        for (ParserRuleContext ctx = s.innermost; ctx != null; ctx = ctx.getParent()) {
            switch (ctx.getRuleIndex()) {
                case Nn.RULE_script:
                    return statementStart(s);
                case Nn.RULE_statementEnd:
                    return Phrase.of(Text.of("syntax.statement_end", describe(s.offending)));
                case Nn.RULE_seedStatement:
                    return afterKeyword(s, Text.of("syntax.what.number"));
                case Nn.RULE_dataStatement:
                    return dataStatement(s);
                case Nn.RULE_modelStatement:
                    return modelStatement(s);
                case Nn.RULE_templateInstance:
                    return s.previousIs(NnLexer.ASSIGN) ? Phrase.of(Text.of("syntax.template_name")) : null;
                case Nn.RULE_parameterList:
                    return list(s, NnLexer.RPAREN, Text.of("syntax.item.parameter"));
                case Nn.RULE_parameter:
                    return parameter(s);
                case Nn.RULE_trainStatement:
                case Nn.RULE_evaluateStatement:
                case Nn.RULE_predictStatement:
                case Nn.RULE_reportStatement:
                    return modelOnData(s);
                case Nn.RULE_saveStatement:
                    return nameAndFile(s, true, "to");
                case Nn.RULE_loadStatement:
                    return nameAndFile(s, false, "from");
                case Nn.RULE_exportStatement:
                    return nameAndFile(s, true, "to");
                case Nn.RULE_printStatement:
                    return afterKeyword(s, Text.of("syntax.what.print"));
                case Nn.RULE_explainStatement:
                    return afterKeyword(s, Text.of("syntax.what.model_name"));
                case Nn.RULE_plotStatement:
                    return plotStatement(s);
                case Nn.RULE_plotSetting:
                    return s.previousIs(NnLexer.IDENT)
                            ? Phrase.of(Text.of("syntax.value_after", describe(Objects.requireNonNull(s.previous))))
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
                    return list(s, NnLexer.RPAREN, Text.of("syntax.item.argument"));
                case Nn.RULE_list:
                    return list(s, NnLexer.RBRACKET, Text.of("syntax.item.value"));
                default:
                    break; // names, expressions and items: ask what encloses them
            }
        }
        return null;
    }

    /** Generic words from the token before the culprit: "expected a value after '/'". */
    static @Nullable Phrase afterPrevious(ErrorSituation s) {
        if (s.previous == null) {
            return null;
        }
        int type = s.previous.getType();
        if (TokenWords.isOperator(type)
                || type == NnLexer.ASSIGN
                || type == NnLexer.COMMA
                || TokenWords.isPreposition(type)) {
            return Phrase.after(Text.of("syntax.value_after", describe(Objects.requireNonNull(s.previous))));
        }
        if (type == NnLexer.DOT) {
            return Phrase.after(Text.of("syntax.name_after_dot"));
        }
        return null;
    }

    private static Phrase statementStart(ErrorSituation s) {
        List<String> keywords = SyntaxMessages.STATEMENT_KEYWORDS;
        Text message = Text.of("syntax.statement_start", describe(s.offending));
        Optional<String> suggestion = TokenWords.isWord(s.offending)
                ? Suggestions.nearest(s.offending.getText(), keywords)
                : Optional.empty();
        if (suggestion.isPresent()) {
            return Phrase.of(Text.of("check.did_you_mean", message, suggestion.get()));
        }
        String all = String.join(", ", keywords.subList(0, keywords.size() - 1));
        String last = keywords.get(keywords.size() - 1);
        return new Phrase(message, Text.of("syntax.statements_are", all, last), false);
    }

    private static @Nullable Phrase afterKeyword(ErrorSituation s, Text what) {
        if (!s.previousIsKeyword()) {
            return null;
        }
        return Phrase.of(Text.of("check.expected_after", what, s.statementStart.getText()));
    }

    private static @Nullable Phrase dataStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return Phrase.of(Text.of("syntax.data.name"));
        }
        if (s.expects(NnLexer.ASSIGN)) {
            return Phrase.of(Text.of("syntax.data.assign"));
        }
        if (s.previousIs(NnLexer.ASSIGN)) {
            return Phrase.of(Text.of("syntax.data.source"));
        }
        return null;
    }

    private static @Nullable Phrase modelStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return Phrase.of(Text.of("syntax.model.name"));
        }
        if (s.expects(NnLexer.LBRACE)) {
            return Phrase.of(Text.of("syntax.model.brace"));
        }
        return null;
    }

    private static @Nullable Phrase parameter(ErrorSituation s) {
        if (s.expects(NnLexer.ASSIGN)) {
            return Phrase.of(Text.of("syntax.parameter.default", describe(Objects.requireNonNull(s.previous))));
        }
        if (s.previousIs(NnLexer.ASSIGN)) {
            return Phrase.of(Text.of("syntax.parameter.value"));
        }
        return null;
    }

    /** train, evaluate, predict and report: {@code KEYWORD MODEL on DATA ...}. */
    private static @Nullable Phrase modelOnData(ErrorSituation s) {
        String keyword = s.statementStart.getText();
        if (s.previousIsKeyword()) {
            return Phrase.of(Text.of("check.expected_after", Text.of("syntax.what.model_name"), keyword));
        }
        if (s.expects(NnLexer.ON) && s.expects(NnLexer.LBRACKET)) {
            return Phrase.of(Text.of("syntax.predict.on"));
        }
        if (s.expects(NnLexer.ON)) {
            return Phrase.of(Text.of("syntax.on_after_model", keyword));
        }
        if (s.previousIs(NnLexer.ON)) {
            return Phrase.of(Text.of("syntax.data_after_on"));
        }
        return null;
    }

    /** save, load and export: {@code KEYWORD NAME to|from "file"}. */
    private static @Nullable Phrase nameAndFile(ErrorSituation s, boolean model, String preposition) {
        String keyword = s.statementStart.getText();
        int type = preposition.equals("to") ? NnLexer.TO : NnLexer.FROM;
        if (s.previousIsKeyword()) {
            return Phrase.of(Text.of(
                    "check.expected_after",
                    model ? Text.of("syntax.what.model_name") : Text.of("syntax.what.name"),
                    keyword));
        }
        if (s.expects(type)) {
            return Phrase.of(
                    model
                            ? Text.of("syntax.preposition_after_model", preposition, keyword)
                            : Text.of("syntax.preposition_after_name", preposition, keyword));
        }
        if (s.previousIs(type)) {
            return Phrase.of(Text.of("syntax.file_after", preposition));
        }
        return null;
    }

    /** {@code plot MODEL [KIND] [on DATA [WORD VALUE]] [to "file.png"]}. */
    private static @Nullable Phrase plotStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return afterKeyword(s, Text.of("syntax.what.model_name"));
        }
        if (s.previousIs(NnLexer.ON)) {
            return Phrase.of(Text.of("syntax.data_after_on"));
        }
        return null;
    }

    private static @Nullable Phrase sweepStatement(ErrorSituation s) {
        if (s.previousIsKeyword()) {
            return Phrase.of(Text.of("syntax.sweep.name"));
        }
        if (s.expects(NnLexer.ASSIGN)) {
            return Phrase.of(Text.of("syntax.sweep.assign"));
        }
        if (s.previousIs(NnLexer.ASSIGN)) {
            return Phrase.of(Text.of("syntax.template_name"));
        }
        if (s.expects(NnLexer.ON)) {
            return Phrase.of(Text.of("syntax.sweep.on"));
        }
        if (s.previousIs(NnLexer.ON)) {
            return Phrase.of(Text.of("syntax.data_after_on"));
        }
        return null;
    }

    private static Phrase destination(ErrorSituation s) {
        if (s.expects(NnLexer.TO)) {
            return Phrase.of(Text.of("syntax.destination", s.statementStart.getText()));
        }
        return Phrase.of(Text.of("syntax.file_after", "to"));
    }

    private static @Nullable Phrase block(ErrorSituation s, Nn.BlockContext block) {
        ParserRuleContext owner = block.getParent();
        if (block.getChildCount() == 0) {
            return Phrase.of(
                    owner instanceof Nn.ModelBodyContext
                            ? Text.of("syntax.block.model")
                            : Text.of("syntax.block.sweep"));
        }
        int before = s.previousRaw == null ? -1 : s.previousRaw.getType();
        boolean lineStart = before == NnLexer.LBRACE || before == NnLexer.NEWLINE || before == NnLexer.SEMI;
        if (lineStart && s.expects(NnLexer.IDENT)) {
            return Phrase.of(
                    owner instanceof Nn.ModelBodyContext
                            ? Text.of("syntax.block.layer", describe(s.offending))
                            : Text.of("syntax.block.option", describe(s.offending)));
        }
        if (s.offending.getType() == NnLexer.ASSIGN && s.previous != null && s.isFirstOnLine(s.previous)) {
            String name = s.previous.getText();
            Token value = s.next();
            return Phrase.of(
                    TokenWords.isSimpleValue(value)
                            ? Text.of("syntax.block.assign_value", name, value.getText())
                            : Text.of("syntax.block.assign", name));
        }
        return null;
    }

    /** Argument lists, parameter lists and lists: {@code (a, b)} and {@code [a, b]}. */
    private static @Nullable Phrase list(ErrorSituation s, int closer, Text item) {
        String close = Brackets.closerText(Brackets.openerFor(closer));
        String open = closer == NnLexer.RPAREN ? "(" : "[";
        if (s.previousIs(Brackets.openerFor(closer))) {
            return Phrase.after(Text.of("syntax.list.first", item, close, open));
        }
        if (s.previousIs(NnLexer.COMMA)) {
            return Phrase.after(Text.of("syntax.list.after_comma", item));
        }
        if (s.expects(closer) && s.previous != null) {
            return Phrase.after(Text.of("syntax.list.comma_or_close", close, describe(s.previous)));
        }
        return null;
    }
}
