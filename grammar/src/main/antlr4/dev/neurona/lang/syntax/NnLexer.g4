/*
 * Tokens of the .nn language (see the language contract, section 1).
 *
 * Statement keywords are separate tokens so the parser can tell statements apart, but they are
 * not reserved: the parser's `identifier` rule accepts them too, so `digits.train` and
 * `split train 90%` work. Only ON, IN, TO, FROM, TRUE and FALSE are reserved words.
 *
 * Malformed input never makes the lexer fail: it becomes one of the error tokens at the end
 * (UNTERMINATED_STRING, UNTERMINATED_COMMENT, MALFORMED_NUMBER, ERROR_CHAR), which no parser rule
 * accepts, so the parser reports it in plain words with its position.
 */
lexer grammar NnLexer;

// Statement keywords (not reserved).
SEED     : 'seed' ;
DATA     : 'data' ;
MODEL    : 'model' ;
TRAIN    : 'train' ;
EVALUATE : 'evaluate' ;
PREDICT  : 'predict' ;
SAVE     : 'save' ;
LOAD     : 'load' ;
EXPORT   : 'export' ;
PRINT    : 'print' ;
EXPLAIN  : 'explain' ;
PLOT     : 'plot' ;
REPORT   : 'report' ;
SWEEP    : 'sweep' ;

// Reserved words.
ON    : 'on' ;
IN    : 'in' ;
TO    : 'to' ;
FROM  : 'from' ;
TRUE  : 'true' ;
FALSE : 'false' ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
COMMA    : ',' ;
SEMI     : ';' ;
DOT      : '.' ;
ASSIGN   : '=' ;
PLUS     : '+' ;
MINUS    : '-' ;
STAR     : '*' ;
SLASH    : '/' ;

// 28x28, 2x3x4: defined before MALFORMED_NUMBER, which matches the same text.
SIZE
    : DIGITS ('x' DIGITS)+
    ;

// 80% is the number 0.8.
PERCENTAGE
    : NUMBER_BODY '%'
    ;

// 42, 0.5, .5, 1e-3, 2.5E+2
NUMBER
    : NUMBER_BODY
    ;

// Escapes are checked when the string is unescaped, so that a wrong one gets its own message.
STRING
    : '"' STRING_CHAR* '"'
    ;

IDENT
    : [\p{L}_] [\p{L}\p{Nd}_]*
    ;

NEWLINE
    : '\r'? '\n'
    ;

WS
    : [ \t\f\r\uFEFF]+ -> skip
    ;

LINE_COMMENT
    : ('#' | '//') ~[\r\n]* -> skip
    ;

// A block comment counts as a space, even when it spans lines.
BLOCK_COMMENT
    : '/*' .*? '*/' -> skip
    ;

// Error tokens: never accepted by the parser.

// A string that reaches the end of its line without its closing quote.
UNTERMINATED_STRING
    : '"' STRING_CHAR* '\\'?
    ;

// A block comment without '*/': matches any text that does not contain '*/', so a closed
// comment is always longer as BLOCK_COMMENT.
UNTERMINATED_COMMENT
    : '/*' (~'*' | '*'+ ~[*/])* '*'*
    ;

// A number glued to a name, such as 10softmax or 0x1F.
MALFORMED_NUMBER
    : NUMBER_BODY [\p{L}_] [\p{L}\p{Nd}_]*
    ;

ERROR_CHAR
    : .
    ;

fragment DIGITS
    : [0-9]+
    ;

fragment NUMBER_BODY
    : (DIGITS ('.' DIGITS)? | '.' DIGITS) EXPONENT?
    ;

fragment EXPONENT
    : [eE] [+-]? DIGITS
    ;

fragment STRING_CHAR
    : ~["\\\r\n]
    | '\\' ~[\r\n]
    ;
