package dev.neurona.lang.ast;

/** One method per kind of {@link Expr}; see {@link Expr#accept(ExprVisitor)}. */
public interface ExprVisitor<R> {

    R visitNumber(NumberLit number);

    R visitSize(SizeLit size);

    R visitString(StringLit string);

    R visitBool(BoolLit bool);

    R visitList(ListLit list);

    R visitName(NameRef name);

    R visitCall(Call call);

    R visitBinary(Binary binary);

    R visitUnary(Unary unary);
}
