package dev.neurona.lang.check;

import dev.neurona.lang.ast.Script;
import dev.neurona.lang.ast.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names that statements which failed to parse were about to define: {@code data NAME},
 * {@code model NAME}, {@code load NAME}, {@code sweep NAME} at the start of a line, with no
 * parsed statement defining them. Their uses are left unreported, since the syntax error
 * already is, so a broken definition makes one error rather than one per use.
 */
public final class UnparsedDefinitions {

    private static final Pattern DEFINITION =
            Pattern.compile("^[ \\t]*(?:data|model|load|sweep)[ \\t]+([\\p{L}_][\\p{L}\\p{Nd}_]*)", Pattern.MULTILINE);

    private UnparsedDefinitions() {}

    public static Set<String> of(String source, Script parsed) {
        Set<String> names = new HashSet<>();
        Matcher matcher = DEFINITION.matcher(source);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        for (Statement statement : parsed.statements()) {
            Checker.definedName(statement).ifPresent(names::remove);
        }
        return names;
    }
}
