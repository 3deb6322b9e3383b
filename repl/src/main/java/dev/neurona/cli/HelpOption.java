package dev.neurona.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a subcommand: {@code @Mixin private HelpOption help;}. */
public final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;
}
