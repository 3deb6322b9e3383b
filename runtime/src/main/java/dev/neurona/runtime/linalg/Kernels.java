package dev.neurona.runtime.linalg;

import java.util.List;

/**
 * The kernels this JVM can run, and the one {@link MatMul} uses, chosen once: the Vector API
 * kernel when the {@code jdk.incubator.vector} module is in the boot layer (the JVM was started
 * with {@code --add-modules jdk.incubator.vector}), the portable one otherwise.
 */
final class Kernels {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final Kernel PORTABLE = new PortableKernel();
    static final Kernel PREFERRED = choosePreferred();

    private Kernels() {}

    /** Every kernel that works here, the portable one first. */
    static List<Kernel> available() {
        return PREFERRED == PORTABLE ? List.of(PORTABLE) : List.of(PORTABLE, PREFERRED);
    }

    private static Kernel choosePreferred() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return PORTABLE;
        }
        try {
            return new VectorKernel();
        } catch (LinkageError | UnsupportedOperationException e) {
            return PORTABLE;
        }
    }
}
