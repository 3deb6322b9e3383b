package dev.neurona.runtime.optim;

/** {@link UpdateLoops} in plain Java. */
final class PortableUpdateLoops implements UpdateLoops {

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
        for (int j = from; j < to; j++) {
            float gj = g[j];
            float mj = Denormals.flush(b1 * m[j] + oneMinusB1 * gj);
            float vj = Denormals.flush(b2 * v[j] + oneMinusB2 * gj * gj);
            m[j] = mj;
            v[j] = vj;
            w[j] = w[j] * keep - stepSize * (mj / ((float) Math.sqrt(vj) / correction2Sqrt + eps));
        }
    }

    @Override
    public void rmsProp(
            float[] w, float[] g, float[] v, int from, int to, float rho, float oneMinusRho, float rate, float eps) {
        for (int j = from; j < to; j++) {
            float gj = g[j];
            float vj = Denormals.flush(rho * v[j] + oneMinusRho * gj * gj);
            v[j] = vj;
            w[j] -= rate * (gj / ((float) Math.sqrt(vj) + eps));
        }
    }

    @Override
    public void adagrad(float[] w, float[] g, float[] s, int from, int to, float rate, float eps) {
        for (int j = from; j < to; j++) {
            float gj = g[j];
            float sj = s[j] + gj * gj;
            s[j] = sj;
            w[j] -= rate * (gj / ((float) Math.sqrt(sj) + eps));
        }
    }

    @Override
    public void descend(float[] w, float[] g, int from, int to, float rate) {
        for (int j = from; j < to; j++) w[j] -= rate * g[j];
    }

    @Override
    public void momentum(float[] w, float[] g, float[] b, int from, int to, float mu, float rate, boolean nesterov) {
        for (int j = from; j < to; j++) {
            float bj = Denormals.flush(mu * b[j] + g[j]);
            b[j] = bj;
            w[j] -= rate * (nesterov ? g[j] + mu * bj : bj);
        }
    }
}
