package dev.neurona.repl;

import dev.neurona.lang.diag.Suggestions;
import dev.neurona.repl.java.JavaShell;
import dev.neurona.runtime.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The REPL's own commands ({@code :help}, {@code :load}, {@code :save}, {@code :list},
 * {@code :reset}, {@code :history}, {@code :watch}, {@code :lang}, {@code :quit}) and the JShell commands it keeps
 * ({@code /vars}, {@code /imports}, {@code /methods}, {@code /types}).
 */
final class Commands {

    /** The commands with what they do to their argument, in the order {@code :help} lists them. */
    private final Map<String, Consumer<String>> commands;

    private final Map<String, Function<JavaShell, List<String>>> javaCommands = Map.of(
            "/vars", JavaShell::variables,
            "/imports", JavaShell::imports,
            "/methods", JavaShell::methods,
            "/types", JavaShell::types);

    private final Repl repl;

    Commands(Repl repl) {
        this.repl = repl;
        this.commands = Map.of(
                ":help", argument -> repl.out().print(Messages.in(repl.nn().language(), "help")),
                ":load", this::load,
                ":save", this::save,
                ":list", argument -> list(),
                ":reset", argument -> reset(),
                ":history", argument -> repl.history().forEach(repl.out()::println),
                ":watch", argument -> repl.watch().command(argument, repl.out(), repl.failure()),
                ":lang", this::language,
                ":quit", argument -> repl.quit(),
                ":exit", argument -> repl.quit());
    }

    /** The command names, for completion: {@code :help}, ..., {@code /vars}, ... */
    static List<String> names() {
        return List.of(
                ":help",
                ":load",
                ":save",
                ":list",
                ":reset",
                ":history",
                ":watch",
                ":lang",
                ":quit",
                ":exit",
                "/vars",
                "/imports",
                "/methods",
                "/types");
    }

    /** Runs {@code :name [argument]}. */
    void run(String line) {
        int space = firstSpace(line);
        String name = line.substring(0, space).toLowerCase(Locale.ROOT);
        String argument = line.substring(space).strip();
        Consumer<String> command = commands.get(name);
        if (command == null) {
            repl.failure()
                    .println(Suggestions.nearest(name, commands.keySet())
                            .map(near -> Messages.in(repl.nn().language(), "command.unknown.near", name, near))
                            .orElse(Messages.in(repl.nn().language(), "command.unknown", name)));
            return;
        }
        command.accept(argument);
    }

    /** Runs one of JShell's commands that the REPL keeps. */
    void runJava(String line) {
        String name = line.substring(0, firstSpace(line));
        Function<JavaShell, List<String>> command = javaCommands.get(name);
        if (command == null) {
            repl.failure().println(Messages.in(repl.nn().language(), "command.java.unknown", name));
            return;
        }
        List<String> lines = command.apply(repl.javaShell());
        lines.forEach(item -> repl.out().println("  " + item));
    }

    /** {@code :lang en|es} switches the language of messages; {@code :lang} alone says which it is. */
    private void language(String argument) {
        if (argument.isEmpty()) {
            repl.out()
                    .println(Messages.in(
                            repl.nn().language(),
                            "lang.current",
                            repl.nn().language().getLanguage()));
            return;
        }
        try {
            repl.nn().language(Language.of(argument));
        } catch (IllegalArgumentException e) {
            repl.failure().println(Messages.in(repl.nn().language(), "lang.usage", argument));
        }
    }

    private void load(String argument) {
        Path file = path(argument, ":load");
        if (file != null) {
            repl.load(file);
        }
    }

    private void save(String argument) {
        Path file = path(argument, ":save");
        if (file == null) {
            return;
        }
        String script =
                Messages.in(repl.nn().language(), "save.header") + repl.nn().script();
        try {
            Path target = repl.workingDirectory().resolve(file);
            Files.writeString(target, script, StandardCharsets.UTF_8);
            repl.out().println(Messages.in(repl.nn().language(), "save.done", file));
        } catch (IOException e) {
            repl.failure()
                    .println(Messages.in(repl.nn().language(), "save.failed", file, String.valueOf(e.getMessage())));
        }
    }

    private void list() {
        List<String> names = repl.nn().names();
        if (names.isEmpty()) {
            repl.out().println(Messages.in(repl.nn().language(), "list.empty"));
            return;
        }
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            repl.out()
                    .println("  " + name + " ".repeat(width - name.length() + 2)
                            + repl.nn().summary(name));
        }
    }

    private void reset() {
        repl.reset();
        repl.out().println(Messages.in(repl.nn().language(), "reset.done"));
    }

    /** The file argument of {@code :load} or {@code :save}, quotes removed; null after saying it is missing. */
    private @Nullable Path path(String argument, String command) {
        String path = argument;
        if (path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"")) {
            path = path.substring(1, path.length() - 1);
        }
        if (path.isBlank()) {
            repl.failure().println(Messages.in(repl.nn().language(), "command.needs.file", command));
            return null;
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            repl.failure().println(Messages.in(repl.nn().language(), "command.bad.path", path));
            return null;
        }
    }

    private static int firstSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return line.length();
    }
}
