package dev.neurona.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code nn lsp} finds the language server. Editors are its only users, so the server and
 * its protocol library (LSP4J, about 0.6 MB) ship as {@value #FILE_NAME} beside the {@code nn}
 * jar rather than inside it. Built from the sources, the server is on the class path and used
 * from there.
 */
final class LanguageServerJar {
    static final String FILE_NAME = "neurona-lsp.jar";

    /** A system property naming the jar, for tests and for installs that keep it elsewhere. */
    static final String JAR_PROPERTY = "neurona.lsp.jar";

    private static final String MAIN = "dev.neurona.lsp.LanguageServerMain";

    private LanguageServerJar() {}

    /** Where the jar is looked for when the server is not on the class path. */
    static Path expectedPath() {
        String set = System.getProperty(JAR_PROPERTY);
        if (set != null && !set.isBlank()) return Path.of(set);
        return besideThisJar().orElse(Path.of(FILE_NAME));
    }

    /**
     * The server's {@code run(in, out, trace)}, from the class path or from the jar; empty when
     * neither has it.
     */
    static Optional<Server> find() {
        ClassLoader application = LanguageServerJar.class.getClassLoader();
        if (System.getProperty(JAR_PROPERTY) == null && application.getResource(resourceOf(MAIN)) != null) {
            return Optional.of(new Server(application));
        }
        Path jar = expectedPath();
        if (!Files.isRegularFile(jar)) return Optional.empty();
        try {
            return Optional.of(new Server(new ServerLoader(jar.toUri().toURL(), application)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> besideThisJar() {
        CodeSource source = LanguageServerJar.class.getProtectionDomain().getCodeSource();
        if (source == null) return Optional.empty();
        try {
            Path location = Path.of(source.getLocation().toURI());
            Path folder = Files.isDirectory(location) ? location : location.getParent();
            return folder == null ? Optional.empty() : Optional.of(folder.resolve(FILE_NAME));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String resourceOf(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** The server's entry point, reached by reflection: this module does not link against it. */
    static final class Server {
        private final ClassLoader loader;

        private Server(ClassLoader loader) {
            this.loader = loader;
        }

        /** Serves until the editor says exit; returns the exit code the protocol asks for. */
        int run(InputStream in, OutputStream out, @Nullable PrintWriter trace) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Method run = Class.forName(MAIN, true, loader)
                        .getMethod("run", InputStream.class, OutputStream.class, PrintWriter.class);
                Object code = run.invoke(null, in, out, trace);
                return (Integer) code;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException unchecked) throw unchecked;
                if (cause instanceof Error error) throw error;
                throw new IllegalStateException(cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the language server cannot start: " + e, e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /**
     * The server's jar first, so that its LSP4J and Gson are whole and consistent (the {@code nn}
     * jar keeps only the parts of Gson its own code reaches); the engine and the language, which
     * the server's jar does not hold, come from the application.
     */
    private static final class ServerLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        ServerLoader(URL jar, ClassLoader application) {
            super(new URL[] {jar}, application);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && !name.startsWith("java.")) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInTheJar) {
                        // the engine, the language, the JDK: the application's
                    }
                }
                if (loaded == null) return super.loadClass(name, resolve);
                if (resolve) resolveClass(loaded);
                return loaded;
            }
        }

        @Override
        public @Nullable URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
