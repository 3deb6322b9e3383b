package dev.neurona.cli;

import dev.neurona.runtime.i18n.Language;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --lang en|es} for a subcommand: {@code @Mixin private LanguageOption language;}. The choice
 * itself, with the locale of the environment when the option is absent, is {@link Language#choose}.
 */
public class LanguageOption {

    /** The command this option is mixed into, for its error messages. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "en or es: the language of messages (default: the locale, LC_ALL, LC_MESSAGES or LANG).")
    private String lang;

    /** The language chosen, by the option or by {@code context}'s environment. */
    public Locale locale(CliContext context) {
        try {
            return Language.choose(lang, context.env());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--lang: " + e.getMessage());
        }
    }
}
