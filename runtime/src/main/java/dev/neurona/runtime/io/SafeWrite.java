package dev.neurona.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a file whole or not at all, without harming what was there: every file Neurona writes
 * (models, predictions, evaluations, reports, plots, sweep tables) goes through here.
 * <ul>
 *   <li>The content goes to a temporary file beside the target, forced to disk, then moved over
 *       the target in one step: a crash or a full disk leaves the previous file as it was.</li>
 *   <li>An existing target keeps its permissions; a read-only one is refused, not replaced.</li>
 *   <li>A symbolic link stays a link: the file it points to is what gets replaced.</li>
 *   <li>Temporary files left by a killed write (their process is gone) are removed by the next
 *       write to the same target.</li>
 * </ul>
 */
public final class SafeWrite {

    /** What goes into the file; the stream is closed by {@link #replace}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINKS = 40;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Ours: {@code .NAME.nn-PID-N.tmp}, so that a later write can tell whose process left it. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.nn-(\\d+)-\\d+\\.tmp");

    private SafeWrite() {}

    /** Writes {@code bytes} to {@code file} (see the class comment). */
    public static void replace(Path file, byte[] bytes) throws IOException {
        replace(file, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces to {@code file}, creating its folder if need be.
     *
     * @throws AccessDeniedException when the target exists and is read-only, with the reason
     * @throws IOException           when the file cannot be written; the target is then unchanged
     */
    public static void replace(Path file, Content content) throws IOException {
        Path target = linkTarget(file.toAbsolutePath());
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "it is a folder, not a file");
        }
        Set<PosixFilePermission> permissions = null;
        if (Files.exists(target)) {
            permissions = posixPermissions(target);
            // The owner's write bit too: an administrator may write anything, but a read-only file says "keep me".
            if (!Files.isWritable(target)
                    || permissions != null && !permissions.contains(PosixFilePermission.OWNER_WRITE)) {
                throw new AccessDeniedException(
                        file.toString(),
                        null,
                        "the file is read-only; make it writable (chmod u+w) or write to another file");
            }
        }
        Path dir = target.getParent();
        if (dir == null) { // only a root has no parent, and a root is a folder
            throw new FileSystemException(file.toString(), null, "it is not a file");
        }
        Files.createDirectories(dir);
        removeLeftovers(target);
        Path temp = dir.resolve("." + target.getFileName() + ".nn-"
                + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + ".tmp");
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on a new file.
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * What went wrong, in words: file-system errors carry the path as their message, not the reason.
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way of a folder";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The file a chain of symbolic links ends at (itself when it is none), even if that file does not exist yet. */
    static Path linkTarget(Path file) throws IOException {
        Path current = file;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            Path next = Files.readSymbolicLink(current);
            current = current.resolveSibling(next).normalize();
        }
        if (Files.isSymbolicLink(current)) {
            throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
        }
        return current;
    }

    /** Temporary files of {@code target} whose writing process has ended: a killed save's leftovers. */
    private static void removeLeftovers(Path target) {
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings =
                Files.newDirectoryStream(target.getParent(), "." + globEscaped(name) + ".nn-*.tmp")) {
            for (Path sibling : siblings) {
                Matcher matcher = TEMPORARY.matcher(sibling.getFileName().toString());
                if (matcher.matches()
                        && matcher.group(1).equals(name)
                        && !alive(matcher.group(2))
                        && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(sibling);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder we cannot list keeps its leftovers; the write itself may still succeed
        }
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == ProcessHandle.current().pid()
                    || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a number we wrote: leave it alone
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static @Nullable Set<PosixFilePermission> posixPermissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed, or the leftover stays: the lesser problem either way
        }
    }
}
