/*
 * Syntax of the .nn language (see the language contract, sections 1 and 2).
 *
 * Layout: a statement or block entry ends at a new line or ';'. A new line may also follow
 * ',', '(', '[', '{', a binary operator or unary minus, and precede ')', ']', '}'.
 *
 * Blocks are generic on purpose: an entry (a layer line or an option line) is a name followed by
 * items, so `dense 64 relu init=he`, `split train 90%, valid 10%`, `validate on digits.valid`,
 * `vary hidden in [32, 64]` and `early_stop(patience=3)` all share one rule. Which names and
 * values make sense is the checker's business, so unknown words get a "did you mean" there
 * rather than a syntax error here.
 *
 * The generated parser class is `Nn`; `NnParser` is the facade that the rest of the code uses.
 */
parser grammar Nn;

options {
    tokenVocab = NnLexer;
}

script
    : separator* (statement separator*)* EOF
    ;

separator
    : NEWLINE
    | ';'
    ;

// A statement ends with its own new line or ';' (or the end of input), so that an error there is
// reported as part of the statement.
statement
    : (
        seedStatement
        | dataStatement
        | modelStatement
        | trainStatement
        | evaluateStatement
        | predictStatement
        | saveStatement
        | loadStatement
        | exportStatement
        | printStatement
        | explainStatement
        | plotStatement
        | reportStatement
        | sweepStatement
    ) statementEnd
    ;

statementEnd
    : NEWLINE
    | ';'
    | EOF
    ;

seedStatement
    : 'seed' expression
    ;

dataStatement
    : 'data' identifier '=' dataSource block?
    ;

dataSource
    : call
    | qualifiedName
    ;

modelStatement
    : 'model' identifier (modelBody | templateInstance)
    ;

modelBody
    : parameterList? block
    ;

parameterList
    : '(' NEWLINE* (parameter (',' NEWLINE* parameter)* NEWLINE*)? ')'
    ;

parameter
    : identifier '=' expression
    ;

templateInstance
    : '=' identifier argumentList?
    ;

trainStatement
    : 'train' identifier 'on' qualifiedName block?
    ;

evaluateStatement
    : 'evaluate' identifier 'on' qualifiedName destination?
    ;

predictStatement
    : 'predict' identifier ('on' qualifiedName destination? | list)
    ;

saveStatement
    : 'save' identifier 'to' STRING
    ;

loadStatement
    : 'load' identifier 'from' STRING
    ;

exportStatement
    : 'export' identifier 'to' STRING
    ;

printStatement
    : 'print' (qualifiedName | STRING)
    ;

explainStatement
    : 'explain' identifier
    ;

// `plot m maps on digits.valid row 3 to "maps.png"`: which words make sense is the checker's business.
plotStatement
    : 'plot' identifier identifier? ('on' qualifiedName plotSetting?)? destination?
    ;

plotSetting
    : identifier expression
    ;

reportStatement
    : 'report' identifier 'on' qualifiedName destination
    ;

sweepStatement
    : 'sweep' identifier '=' identifier 'on' qualifiedName block destination?
    ;

destination
    : 'to' STRING
    ;

block
    : '{' separator* (entry (separator+ entry)* separator*)? '}'
    ;

entry
    : identifier (clause (',' NEWLINE* clause)*)?
    ;

clause
    : item+
    ;

item
    : identifier '=' expression # namedItem
    | preposition expression    # prepositionItem
    | expression                # valueItem
    ;

preposition
    : 'on'
    | 'in'
    | 'to'
    | 'from'
    ;

// Precedence from the top: unary minus, then * /, then + -; all left-associative.
expression
    : '-' NEWLINE* expression                               # negation
    | expression operator = ('*' | '/') NEWLINE* expression # multiplicative
    | expression operator = ('+' | '-') NEWLINE* expression # additive
    | primary                                               # primaryExpression
    ;

// A name followed by '(' is a call, never a name and then a parenthesized value.
// A parenthesized argument list (group) holds one value, except right after a block line's name,
// where `early_stop(patience=3)` stands for `early_stop patience=3`; the syntax tree builder checks.
primary
    : NUMBER             # numberLiteral
    | PERCENTAGE         # percentLiteral
    | SIZE               # sizeLiteral
    | STRING             # stringLiteral
    | ('true' | 'false') # booleanLiteral
    | list               # listLiteral
    | call               # callExpression
    | qualifiedName      # nameReference
    | argumentList       # group
    ;

list
    : '[' NEWLINE* (expression (',' NEWLINE* expression)* NEWLINE*)? ']'
    ;

call
    : identifier argumentList
    ;

argumentList
    : '(' NEWLINE* (argument (',' NEWLINE* argument)* NEWLINE*)? ')'
    ;

argument
    : identifier '=' expression # namedArgument
    | expression                # positionalArgument
    ;

qualifiedName
    : identifier ('.' identifier)*
    ;

identifier
    : IDENT
    | 'seed'
    | 'data'
    | 'model'
    | 'train'
    | 'evaluate'
    | 'predict'
    | 'save'
    | 'load'
    | 'export'
    | 'print'
    | 'explain'
    | 'plot'
    | 'report'
    | 'sweep'
    ;
