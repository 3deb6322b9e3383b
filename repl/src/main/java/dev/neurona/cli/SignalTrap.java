package dev.neurona.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jspecify.annotations.Nullable;

/**
 * Handlers for POSIX signals through {@code sun.misc.Signal} (module {@code jdk.unsupported}).
 * Reached by reflection, so that a JVM without it, or one that keeps the signal for itself
 * ({@code -Xrs}), is a normal case for the caller rather than a linkage error.
 */
final class SignalTrap {
    private SignalTrap() {}

    /**
     * Runs {@code handler} (on a JVM signal thread) each time the named signal arrives, instead of
     * the JVM's own action.
     *
     * @param name    the signal's name without "SIG", e.g. "INT"
     * @param handler what to do on each arrival
     * @return the action that puts the previous handler back, or null when signals cannot be trapped here
     */
    static @Nullable Runnable trap(String name, Runnable handler) {
        try {
            Class<?> signalType = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signalType.getMethod("handle", signalType, handlerType);
            Object signal = signalType.getConstructor(String.class).newInstance(name);
            Object ours = Proxy.newProxyInstance(
                    SignalTrap.class.getClassLoader(),
                    new Class<?>[] {handlerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            handler.run();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "nn handler of SIG" + name;
                    });
            Object previous = handle.invoke(null, signal, ours);
            return () -> {
                try {
                    handle.invoke(null, signal, previous);
                } catch (ReflectiveOperationException restoreFailed) {
                    throw new IllegalStateException("cannot restore the handler of SIG" + name, restoreFailed);
                }
            };
        } catch (ReflectiveOperationException | LinkageError | SecurityException unavailable) {
            // includes InvocationTargetException(IllegalArgumentException): the VM or OS keeps the signal
            return null;
        }
    }
}
