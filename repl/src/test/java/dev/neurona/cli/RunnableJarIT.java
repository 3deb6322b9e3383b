package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** What the packaged jars hold: the runnable one stays small, the language server lives beside it. */
class RunnableJarIT {
    private static final long SIX_MEGABYTES = 6_000_000;

    private final Path jar = Path.of(System.getProperty("neurona.jar", "target/neurona.jar"));
    private final Path serverJar = jar.resolveSibling(LanguageServerJar.FILE_NAME);

    @Test
    void theRunnableJarIsAtMostSixMegabytes() throws IOException {
        long size = Files.size(jar);
        assertTrue(size <= SIX_MEGABYTES, jar + " is " + size + " bytes");
    }

    @Test
    void theLanguageServerAndItsProtocolLibraryAreInTheirOwnJar() throws IOException {
        assertEquals(List.of(), entries(jar, "dev/neurona/lsp/", "org/eclipse/lsp4j/"));
        try (JarFile server = new JarFile(serverJar.toFile())) {
            assertTrue(server.getEntry("dev/neurona/lsp/LanguageServerMain.class") != null);
            assertTrue(server.getEntry("org/eclipse/lsp4j/launch/LSPLauncher.class") != null);
            assertTrue(server.getEntry("com/google/gson/Gson.class") != null);
            assertEquals(
                    List.of(), entries(serverJar, "dev/neurona/cli/", "dev/neurona/lang/", "dev/neurona/runtime/"));
        }
    }

    private static List<String> entries(Path path, String... prefixes) throws IOException {
        try (JarFile file = new JarFile(path.toFile())) {
            return file.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> List.of(prefixes).stream().anyMatch(name::startsWith))
                    .toList();
        }
    }
}
