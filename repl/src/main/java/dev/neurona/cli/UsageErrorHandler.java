package dev.neurona.cli;

import dev.neurona.lang.diag.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse: one line saying what is wrong, a suggestion where one
 * is near ("did you mean 'run'?") and where to find help, then exit code 2. No usage dump, no
 * stack trace.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        Optional<String> unknownCommand = unknownCommand(problem);
        if (unknownCommand.isPresent()) {
            String word = unknownCommand.get();
            err.println("nn: unknown command '" + word + "'"
                    + Suggestions.nearest(word, command.getSubcommands().keySet())
                            .map(name -> "; did you mean '" + name + "'?")
                            .orElse(""));
        } else {
            err.println("nn: " + message(problem));
            UnmatchedArgumentException.printSuggestions(problem, err);
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The word given where a subcommand belongs, when it names none. */
    private static Optional<String> unknownCommand(ParameterException problem) {
        CommandLine command = problem.getCommandLine();
        if (problem instanceof UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption()
                && !command.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty()) {
            return Optional.of(unmatched.getUnmatched().get(0));
        }
        return Optional.empty();
    }

    /** picocli's message, in plainer words for arguments it could not place. */
    private static String message(ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            if (unmatched.isUnknownOption()) {
                String option = words.stream()
                        .filter(word -> word.startsWith("-"))
                        .findFirst()
                        .orElse(words.get(0));
                return "unknown option '" + option + "'";
            }
            return "unexpected argument '" + words.get(0) + "'";
        }
        return problem.getMessage();
    }
}
