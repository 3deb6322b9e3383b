package dev.neurona.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The optional PORT of {@code --watch [PORT]}: the next word is the port only when it is a
 * number, so that {@code nn run --watch digits.nn} watches on a free port rather than reading
 * the script's name as a port.
 */
final class OptionalPort implements IParameterPreprocessor {
    /** The port that means "a free one". */
    static final String ANY = "0";

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
        if (" ".equals(info.get("separator")) && (args.isEmpty() || !args.peek().matches("[0-9]+"))) {
            args.push(ANY);
        }
        return false;
    }
}
