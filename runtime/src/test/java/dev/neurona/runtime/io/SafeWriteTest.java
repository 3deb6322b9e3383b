package dev.neurona.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a file harms nothing around it: permissions, links, read-only files, a killed write's leftovers. */
class SafeWriteTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheFolderUsualPermissionsNotOwnerOnly() throws IOException {
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path written = dir.resolve("sub/new.txt");

        SafeWrite.replace(written, bytes("new"));

        assertEquals("new", Files.readString(written));
        assertEquals(permissions(usual), permissions(written), "as any file made here, not rw------- of a temp file");
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        Path file = write("shared.csv", "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        SafeWrite.replace(file, bytes("new"));

        assertEquals("new", Files.readString(file));
        assertEquals("rw-r-----", permissions(file));
    }

    @Test
    void aReadOnlyFileIsRefusedAndKept() throws IOException {
        Path file = write("kept.csv", "mine");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> SafeWrite.replace(file, bytes("new")));

        assertEquals(
                "the file is read-only; make it writable (chmod u+w) or write to another file", SafeWrite.reason(e));
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("kept.csv"), names());
    }

    @Test
    void aLinkStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path real = write("data/real.txt", "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("data/real.txt"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.txt"), Path.of("link.txt"));

        SafeWrite.replace(linkToLink, bytes("new"));

        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink));
        assertEquals(Path.of("link.txt"), Files.readSymbolicLink(linkToLink));
        assertEquals("new", Files.readString(real));
        assertEquals("rw-rw-r--", permissions(real));
    }

    @Test
    void aLinkToAFileNotYetMadeMakesThatFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("latest.nnm"), Path.of("runs/one.nnm"));

        SafeWrite.replace(link, bytes("model"));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("model", Files.readString(dir.resolve("runs/one.nnm")));
    }

    @Test
    void leftoversOfAKilledWriteAreRemovedByTheNextOne() throws Exception {
        long gone = endedProcess();
        long alive = ProcessHandle.current().pid();
        Path target = write("m.nnm", "old");
        write(".m.nnm.nn-" + gone + "-7.tmp", "half a model");
        write(".m.nnm.nn-" + alive + "-9.tmp", "a write still under way");
        write(".other.nnm.nn-" + gone + "-1.tmp", "another file's");
        write(".m.nnm.nn-x-1.tmp", "not ours");

        SafeWrite.replace(target, bytes("new"));

        assertEquals("new", Files.readString(target));
        assertEquals(
                List.of(
                        ".m.nnm.nn-" + alive + "-9.tmp",
                        ".m.nnm.nn-x-1.tmp",
                        ".other.nnm.nn-" + gone + "-1.tmp",
                        "m.nnm"),
                names());
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path file = write("m.nnm", "old");

        IOException e = assertThrows(
                IOException.class,
                () -> SafeWrite.replace(file, out -> {
                    out.write(bytes("half"));
                    throw new IOException("No space left on device");
                }));

        assertEquals("No space left on device", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("m.nnm"), names());
    }

    @Test
    void aFolderIsNotReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));

        FileSystemException e = assertThrows(FileSystemException.class, () -> SafeWrite.replace(folder, bytes("x")));

        assertEquals("it is a folder, not a file", SafeWrite.reason(e));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aLoopOfLinksIsNamed() throws IOException {
        Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Path b = Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

        FileSystemException e = assertThrows(FileSystemException.class, () -> SafeWrite.replace(b, bytes("x")));

        assertEquals("too many levels of symbolic links", SafeWrite.reason(e));
        assertTrue(Files.isSymbolicLink(b));
    }

    /** The id of a process that has ended, as a killed save's would be. */
    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
