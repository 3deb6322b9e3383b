package dev.neurona.repl.java;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The host side of the bridge between a REPL and its JShell, which runs in the same JVM: the REPL
 * puts the session's live objects here by name, and Java snippets fetch them with
 * {@code var m = (dev.neurona.runtime.Model) dev.neurona.repl.java.Bindings.get(7L, "m");}.
 * Values flow back the same way ({@link #give}). Each REPL has its own table, by number, so that
 * several REPLs may share a JVM (tests do).
 *
 * <p>The static methods are public because snippets call them; this works only when snippets load
 * this very class, that is when the host classes come from the application class path.
 */
public final class Bindings implements AutoCloseable {

    private static final AtomicLong NEXT_ID = new AtomicLong(1);
    private static final Map<Long, Bindings> OPEN = new ConcurrentHashMap<>();

    private final long id = NEXT_ID.getAndIncrement();
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private volatile @Nullable Object given;
    private volatile boolean reached;

    private Bindings() {}

    /** A new, empty table, reachable from snippets by its {@link #id()} until closed. */
    public static Bindings open() {
        Bindings bindings = new Bindings();
        OPEN.put(bindings.id, bindings);
        return bindings;
    }

    /** The number snippets name this table by. */
    public long id() {
        return id;
    }

    /** Puts {@code value} under {@code name}, replacing what was there. */
    public void put(String name, Object value) {
        values.put(name, value);
    }

    /** The value under {@code name} in this table, or null. */
    public @Nullable Object value(String name) {
        return values.get(name);
    }

    /** Forgets every value. */
    public void clear() {
        values.clear();
    }

    /** Called from snippets: the value under {@code name} in table {@code id}. */
    public static @Nullable Object get(long id, String name) {
        return table(id).values.get(name);
    }

    /** Called from snippets: hands a value back to the host; see {@link #takeGiven()}. */
    public static void give(long id, Object value) {
        table(id).given = value;
    }

    /** Called from snippets: proves that snippets see this class, not a second copy of it. */
    public static void reach(long id) {
        table(id).reached = true;
    }

    /** The last value a snippet gave, which is then forgotten. */
    public @Nullable Object takeGiven() {
        Object value = given;
        given = null;
        return value;
    }

    /** Whether a snippet has called {@link #reach} on this table. */
    public boolean reached() {
        return reached;
    }

    @Override
    public void close() {
        OPEN.remove(id);
        values.clear();
    }

    private static Bindings table(long id) {
        Bindings bindings = OPEN.get(id);
        if (bindings == null) {
            throw new NoSuchElementException("no REPL bindings numbered " + id);
        }
        return bindings;
    }
}
