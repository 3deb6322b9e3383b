package dev.neurona.lang.check;

import dev.neurona.lang.ast.Binary;
import dev.neurona.lang.ast.BoolLit;
import dev.neurona.lang.ast.Call;
import dev.neurona.lang.ast.Expr;
import dev.neurona.lang.ast.ExprVisitor;
import dev.neurona.lang.ast.Identifier;
import dev.neurona.lang.ast.ListLit;
import dev.neurona.lang.ast.NameRef;
import dev.neurona.lang.ast.NamedArg;
import dev.neurona.lang.ast.NumberLit;
import dev.neurona.lang.ast.SizeLit;
import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.ast.StringLit;
import dev.neurona.lang.ast.Unary;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The span objects of every node of some expressions, compared by identity: a diagnostic made
 * while checking a template's body for one instance keeps its place when it is about one of the
 * instance's own arguments, and is moved onto the instance otherwise.
 */
final class SpanCollector implements ExprVisitor<Void> {

    private final Set<SourceSpan> spans = Collections.newSetFromMap(new IdentityHashMap<>());

    void add(Expr expr) {
        expr.accept(this);
    }

    boolean contains(SourceSpan span) {
        return spans.contains(span);
    }

    @Override
    public Void visitNumber(NumberLit number) {
        spans.add(number.span());
        return null;
    }

    @Override
    public Void visitSize(SizeLit size) {
        spans.add(size.span());
        return null;
    }

    @Override
    public Void visitString(StringLit string) {
        spans.add(string.span());
        return null;
    }

    @Override
    public Void visitBool(BoolLit bool) {
        spans.add(bool.span());
        return null;
    }

    @Override
    public Void visitList(ListLit list) {
        spans.add(list.span());
        list.elements().forEach(this::add);
        return null;
    }

    @Override
    public Void visitName(NameRef name) {
        spans.add(name.span());
        name.parts().forEach(part -> spans.add(part.span()));
        return null;
    }

    @Override
    public Void visitCall(Call call) {
        spans.add(call.span());
        identifier(call.callee());
        call.positional().forEach(this::add);
        for (NamedArg arg : call.named()) {
            spans.add(arg.span());
            identifier(arg.name());
            add(arg.value());
        }
        return null;
    }

    @Override
    public Void visitBinary(Binary binary) {
        spans.add(binary.span());
        add(binary.left());
        add(binary.right());
        return null;
    }

    @Override
    public Void visitUnary(Unary unary) {
        spans.add(unary.span());
        add(unary.operand());
        return null;
    }

    private void identifier(Identifier identifier) {
        spans.add(identifier.span());
    }
}
