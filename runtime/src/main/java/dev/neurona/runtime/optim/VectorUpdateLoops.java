package dev.neurona.runtime.optim;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link UpdateLoops} on the Vector API: whole vectors, then the tail through the portable
 * loops. Every line does what the portable loop's line does, lane by lane. Loading this class
 * fails without the incubator module.
 */
final class VectorUpdateLoops implements UpdateLoops {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final UpdateLoops TAIL = new PortableUpdateLoops();
    private static final FloatVector ZERO = FloatVector.zero(SPECIES);

    @Override
    public void adam(
            float[] w,
            float[] g,
            float[] m,
            float[] v,
            int from,
            int to,
            float b1,
            float oneMinusB1,
            float b2,
            float oneMinusB2,
            float keep,
            float stepSize,
            float correction2Sqrt,
            float eps) {
        int j = from;
        for (int bound = to - LANES; j <= bound; j += LANES) {
            FloatVector gj = FloatVector.fromArray(SPECIES, g, j);
            FloatVector mj = flush(FloatVector.fromArray(SPECIES, m, j).mul(b1).add(gj.mul(oneMinusB1)));
            FloatVector vj = flush(FloatVector.fromArray(SPECIES, v, j)
                    .mul(b2)
                    .add(gj.mul(oneMinusB2).mul(gj)));
            mj.intoArray(m, j);
            vj.intoArray(v, j);
            FloatVector denominator = vj.sqrt().div(correction2Sqrt).add(eps);
            FloatVector.fromArray(SPECIES, w, j)
                    .mul(keep)
                    .sub(mj.div(denominator).mul(stepSize))
                    .intoArray(w, j);
        }
        TAIL.adam(w, g, m, v, j, to, b1, oneMinusB1, b2, oneMinusB2, keep, stepSize, correction2Sqrt, eps);
    }

    @Override
    public void rmsProp(
            float[] w, float[] g, float[] v, int from, int to, float rho, float oneMinusRho, float rate, float eps) {
        int j = from;
        for (int bound = to - LANES; j <= bound; j += LANES) {
            FloatVector gj = FloatVector.fromArray(SPECIES, g, j);
            FloatVector vj = flush(FloatVector.fromArray(SPECIES, v, j)
                    .mul(rho)
                    .add(gj.mul(oneMinusRho).mul(gj)));
            vj.intoArray(v, j);
            FloatVector.fromArray(SPECIES, w, j)
                    .sub(gj.div(vj.sqrt().add(eps)).mul(rate))
                    .intoArray(w, j);
        }
        TAIL.rmsProp(w, g, v, j, to, rho, oneMinusRho, rate, eps);
    }

    @Override
    public void adagrad(float[] w, float[] g, float[] s, int from, int to, float rate, float eps) {
        int j = from;
        for (int bound = to - LANES; j <= bound; j += LANES) {
            FloatVector gj = FloatVector.fromArray(SPECIES, g, j);
            FloatVector sj = FloatVector.fromArray(SPECIES, s, j).add(gj.mul(gj));
            sj.intoArray(s, j);
            FloatVector.fromArray(SPECIES, w, j)
                    .sub(gj.div(sj.sqrt().add(eps)).mul(rate))
                    .intoArray(w, j);
        }
        TAIL.adagrad(w, g, s, j, to, rate, eps);
    }

    @Override
    public void descend(float[] w, float[] g, int from, int to, float rate) {
        int j = from;
        for (int bound = to - LANES; j <= bound; j += LANES) {
            FloatVector.fromArray(SPECIES, w, j)
                    .sub(FloatVector.fromArray(SPECIES, g, j).mul(rate))
                    .intoArray(w, j);
        }
        TAIL.descend(w, g, j, to, rate);
    }

    @Override
    public void momentum(float[] w, float[] g, float[] b, int from, int to, float mu, float rate, boolean nesterov) {
        int j = from;
        for (int bound = to - LANES; j <= bound; j += LANES) {
            FloatVector gj = FloatVector.fromArray(SPECIES, g, j);
            FloatVector bj = flush(FloatVector.fromArray(SPECIES, b, j).mul(mu).add(gj));
            bj.intoArray(b, j);
            FloatVector step = nesterov ? gj.add(bj.mul(mu)) : bj;
            FloatVector.fromArray(SPECIES, w, j).sub(step.mul(rate)).intoArray(w, j);
        }
        TAIL.momentum(w, g, b, j, to, mu, rate, nesterov);
    }

    /** {@link Denormals#flush} lane by lane. */
    private static FloatVector flush(FloatVector x) {
        return x.blend(ZERO, x.abs().compare(VectorOperators.LT, Float.MIN_NORMAL));
    }
}
