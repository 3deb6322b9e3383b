package dev.neurona.runtime.linalg;

import java.util.List;

/** The kernels this JVM can run, and the one {@link MatMul} uses, chosen once. */
final class Kernels {
    static final Kernel PORTABLE = new PortableKernel();
    static final Kernel PREFERRED = choosePreferred();

    private Kernels() {
    }

    /** Every kernel that works here, the portable one first. */
    static List<Kernel> available() {
        return PREFERRED == PORTABLE ? List.of(PORTABLE) : List.of(PORTABLE, PREFERRED);
    }

    private static Kernel choosePreferred() {
        return PORTABLE;
    }
}
