package dev.neurona.runtime.linalg;

/** {@link Lanes}' loops in plain Java, branch-free. */
final class PortableLanes implements Lanes.Ops {

    @Override
    public void passWherePositive(float[] y, float[] dy, float[] dz, int n) {
        for (int i = 0; i < n; i++) {
            // About half the units are off, in no pattern: a branch per value would mispredict.
            // y ≥ +0 here: its bits minus one are negative exactly when y is +0; then the mask is
            // 0 and dz is +0, else all ones and dz is dy, bit for bit.
            int off = (Float.floatToRawIntBits(y[i]) - 1) >>> 31;
            dz[i] = Float.intBitsToFloat(Float.floatToRawIntBits(dy[i]) & (off - 1));
        }
    }
}
