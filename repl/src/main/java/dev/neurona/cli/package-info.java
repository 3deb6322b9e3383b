/**
 * The {@code nn} command line on picocli: {@link dev.neurona.cli.Nn} lists the subcommands ({@code
 * run}, {@code check}, {@code repl}, {@code data}, {@code export}, {@code bench}, {@code kernel},
 * {@code lsp}); options several commands share are mixins ({@code HelpOption}, {@code
 * LanguageOption}, {@code RunSettingsOptions}, {@code ScriptFile}); {@code CliContext} carries the
 * streams, environment and data folder, so tests run commands in-process; a usage error is one
 * line and exit code 2 ({@code UsageErrorHandler}), never a stack trace.
 */
@NullMarked
package dev.neurona.cli;

import org.jspecify.annotations.NullMarked;
