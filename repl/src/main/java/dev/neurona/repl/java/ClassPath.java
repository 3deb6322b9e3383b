package dev.neurona.repl.java;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path JShell's compiler needs so that snippets may name the host's classes
 * ({@code Model}, {@code Dataset}, ...): the application class path, with the {@code Class-Path}
 * of its jars' manifests spelled out (test runners start the JVM with a one-jar class path whose
 * manifest lists the rest), and the folders or jars the key classes were loaded from.
 */
final class ClassPath {

    private ClassPath() {}

    /** The entries, joined with the platform's path separator. */
    static String forSnippets(Class<?>... keyClasses) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
                entries.addAll(manifestClassPath(Path.of(entry)));
            }
        }
        for (Class<?> type : keyClasses) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                toPath(source.getLocation()).ifPresent(entries::add);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> manifestClassPath(Path entry) {
        Set<String> entries = new LinkedHashSet<>();
        if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return entries;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return entries;
            }
            URL base = Objects.requireNonNull(entry.toAbsolutePath().getParent(), "a jar file lies in a folder")
                    .toUri()
                    .toURL();
            for (String item : classPath.trim().split("\\s+")) {
                toPath(new URL(base, item)).ifPresent(entries::add);
            }
        } catch (IOException unreadable) {
            // not a jar we can read: it adds nothing
        }
        return entries;
    }

    private static Optional<String> toPath(URL url) {
        try {
            return "file".equals(url.getProtocol())
                    ? Optional.of(Path.of(url.toURI()).toString())
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }
}
