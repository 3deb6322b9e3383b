package dev.neurona.runtime.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link Lanes}' loops on the Vector API; loading this class fails without the incubator module. */
final class VectorLanes implements Lanes.Ops {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

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
}
