package dev.neurona.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates picocli's command objects, handing the {@link CliContext} to every command whose
 * constructor takes one; everything else (converters, providers) comes from picocli's default
 * factory. A new subcommand is then one class with a {@code (CliContext)} constructor, listed
 * in {@link Nn}'s {@code subcommands}.
 */
final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = type.getDeclaredConstructor(CliContext.class);
        } catch (NoSuchMethodException none) {
            return fallback.create(type);
        }
        withContext.setAccessible(true);
        return withContext.newInstance(context);
    }
}
