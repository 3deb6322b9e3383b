package dev.neurona.runtime.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;

/**
 * The build runs this class twice: with {@code --add-modules jdk.incubator.vector} like every
 * test, and once more without it, as an embedder who never heard of the flag would run.
 */
class KernelChoiceTest {

    @Test
    void usesTheVectorKernelExactlyWhenItsModuleIsPresent() {
        boolean present = ModuleLayer.boot().findModule(Kernels.VECTOR_MODULE).isPresent();
        assertEquals(present ? "vector" : "portable", MatMul.kernelName());
    }

    @Test
    void multipliesWithWhicheverKernelWasChosen() {
        SplittableRandom random = new SplittableRandom(21);
        FMatrixRMaj a = MatMulTest.randomMatrix(100, 70, random);
        FMatrixRMaj b = MatMulTest.randomMatrix(70, 90, random);
        FMatrixRMaj expected = new FMatrixRMaj(100, 90);
        CommonOps_FDRM.mult(a, b, expected);
        FMatrixRMaj c = MatMul.mult(a, b, null);
        for (int i = 0; i < expected.data.length; i++) assertEquals(expected.data[i], c.data[i], 1e-4f);
    }
}
