package dev.neurona.runtime.linalg;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/** {@link Lanes}' loops on the Vector API; loading this class fails without the incubator module. */
final class VectorLanes implements Lanes.Ops {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Doubles in a full vector, and floats in a half-width one: the same lane count, for D2F. */
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;

    private static final VectorSpecies<Float> FLOATS_OF_DOUBLES = halfShape(float.class, DOUBLES, 2);
    /** Bytes with as many lanes as {@link #SPECIES}, widened through ints to floats. */
    private static final VectorSpecies<Byte> BYTES = halfShape(byte.class, SPECIES, 4);

    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;

    private static <E> VectorSpecies<E> halfShape(Class<E> type, VectorSpecies<?> of, int divisor) {
        return VectorSpecies.of(type, VectorShape.forBitSize(of.vectorBitSize() / divisor));
    }

    @Override
    public void passWherePositive(float[] y, float[] dy, float[] dz, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            VectorMask<Float> on = FloatVector.fromArray(SPECIES, y, i).compare(VectorOperators.GT, 0f);
            FloatVector.zero(SPECIES)
                    .blend(FloatVector.fromArray(SPECIES, dy, i), on)
                    .intoArray(dz, i);
        }
        for (; i < n; i++) dz[i] = y[i] > 0 ? dy[i] : 0f;
    }

    @Override
    public void addBiasRelu(float[] z, float[] bias, float[] y, int rows, int cols) {
        int bound = SPECIES.loopBound(cols);
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            int j = 0;
            for (; j < bound; j += SPECIES.length()) {
                FloatVector v = FloatVector.fromArray(SPECIES, z, o + j).add(FloatVector.fromArray(SPECIES, bias, j));
                v.intoArray(z, o + j);
                v.lanewise(VectorOperators.MAX, 0f).intoArray(y, o + j);
            }
            for (; j < cols; j++) {
                float v = z[o + j] + bias[j];
                z[o + j] = v;
                y[o + j] = Math.max(0f, v);
            }
        }
    }

    @Override
    public boolean affineOfDoubles(double[] x, float[] shift, float[] scale, float[] out, int at, int n) {
        int c = 0;
        FloatVector check = FloatVector.zero(FLOATS_OF_DOUBLES);
        for (int bound = DOUBLES.loopBound(n); c < bound; c += DOUBLES.length()) {
            FloatVector v = ((FloatVector) DoubleVector.fromArray(DOUBLES, x, c)
                            .convertShape(VectorOperators.D2F, FLOATS_OF_DOUBLES, 0))
                    .sub(FloatVector.fromArray(FLOATS_OF_DOUBLES, shift, c))
                    .mul(FloatVector.fromArray(FLOATS_OF_DOUBLES, scale, c));
            v.intoArray(out, at + c);
            check = check.add(v.mul(0f));
        }
        float tail = 0f;
        for (; c < n; c++) {
            float v = ((float) x[c] - shift[c]) * scale[c];
            out[at + c] = v;
            tail += v * 0f;
        }
        return check.reduceLanes(VectorOperators.ADD) + tail != 0f;
    }

    @Override
    public void affineOfUnsignedBytes(byte[] x, int from, float[] shift, float[] scale, float[] out, int at, int n) {
        int i = 0;
        if (INTS.length() == SPECIES.length()) {
            for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
                FloatVector v = (FloatVector) ((IntVector)
                                ByteVector.fromArray(BYTES, x, from + i).convertShape(VectorOperators.B2I, INTS, 0))
                        .and(0xFF)
                        .convert(VectorOperators.I2F, 0);
                v.sub(FloatVector.fromArray(SPECIES, shift, i))
                        .mul(FloatVector.fromArray(SPECIES, scale, i))
                        .intoArray(out, at + i);
            }
        }
        for (; i < n; i++) out[at + i] = ((x[from + i] & 0xFF) - shift[i]) * scale[i];
    }
}
