package dev.neurona.cli;

import dev.neurona.lang.diag.Suggestions;
import dev.neurona.repl.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse: one line saying what is wrong, a suggestion where one
 * is near ("did you mean 'run'?") and where to find help, then exit code 2. No usage dump, no
 * stack trace. The words are the bundle's, in the language of the command line ({@code --lang} or
 * the locale); a message a command made itself is already in that language.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final Locale language;

    UsageErrorHandler(Locale language) {
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        Optional<String> unknownCommand = unknownCommand(problem);
        if (unknownCommand.isPresent()) {
            String word = unknownCommand.get();
            Optional<String> near =
                    Suggestions.nearest(word, command.getSubcommands().keySet());
            err.println(
                    near.isPresent()
                            ? text("cli.unknown_command.near", word, near.get())
                            : text("cli.unknown_command", word));
        } else {
            err.println("nn: " + message(problem));
            suggestions(problem).ifPresent(err::println);
        }
        err.println(text("cli.try_help", command.getCommandSpec().qualifiedName()));
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

    /** picocli's "Possible solutions: ..." for a mistyped option, in the bundle's words. */
    private Optional<String> suggestions(ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            return Optional.of(text("cli.possible", String.join(", ", unmatched.getSuggestions())));
        }
        return Optional.empty();
    }

    /** What is wrong, in plainer words than picocli's for the problems it reports itself. */
    private @Nullable String message(ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            if (unmatched.isUnknownOption()) {
                String option = words.stream()
                        .filter(word -> word.startsWith("-"))
                        .findFirst()
                        .orElse(words.get(0));
                return text("cli.unknown_option", option);
            }
            return text("cli.unexpected_argument", words.get(0));
        }
        if (problem instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs.size() == 1 && specs.get(0) instanceof OptionSpec option && problem.getArgSpec() == option) {
                return text("cli.missing_value", option.longestName(), option.paramLabel());
            }
            String names = specs.stream().map(UsageErrorHandler::name).collect(Collectors.joining(", "));
            return text(specs.size() == 1 ? "cli.missing.one" : "cli.missing.many", names);
        }
        if (problem.getCause() instanceof TypeConversionException && problem.getArgSpec() != null) {
            return text("cli.invalid_value", name(problem.getArgSpec()), String.valueOf(problem.getValue()));
        }
        return problem.getMessage();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) return "'" + option.longestName() + "'";
        return "'" + ((PositionalParamSpec) spec).paramLabel() + "'";
    }

    private String text(String key, Object... args) {
        return Messages.in(language, key, args);
    }
}
