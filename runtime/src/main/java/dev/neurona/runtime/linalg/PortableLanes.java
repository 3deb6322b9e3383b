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

    @Override
    public void addBiasRelu(float[] z, float[] bias, float[] y, int rows, int cols) {
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            for (int j = 0; j < cols; j++) {
                float v = z[o + j] + bias[j];
                z[o + j] = v;
                y[o + j] = Math.max(0f, v);
            }
        }
    }

    @Override
    public boolean affineOfDoubles(double[] x, float[] shift, float[] scale, float[] out, int at, int n) {
        float check = 0f;
        for (int c = 0; c < n; c++) {
            float v = ((float) x[c] - shift[c]) * scale[c];
            out[at + c] = v;
            // v · 0 is 0 unless v is NaN or infinite; a single sum carries either through.
            check += v * 0f;
        }
        return check != 0f;
    }

    @Override
    public void affineOfUnsignedBytes(byte[] x, int from, float[] shift, float[] scale, float[] out, int at, int n) {
        for (int i = 0; i < n; i++) out[at + i] = ((x[from + i] & 0xFF) - shift[i]) * scale[i];
    }
}
