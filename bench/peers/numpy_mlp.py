"""784-128-64-10 ReLU/softmax MLP written by hand in numpy: Adam (lr 0.001), batch 64, 3 epochs.

Usage: python3 numpy_mlp.py [DATA_DIR] [EPOCHS]. numpy's matmuls run on the system BLAS.
"""
import sys
import time

import numpy as np

import fashion

EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
BATCH = 64
LR, B1, B2, EPS = 0.001, 0.9, 0.999, 1e-8


def he(rng, fan_in, fan_out):
    return (rng.standard_normal((fan_in, fan_out)) * np.sqrt(2 / fan_in)).astype(np.float32)


def main():
    load_start = time.perf_counter()
    x_train, y_train, x_test, y_test = fashion.load()
    load_seconds = time.perf_counter() - load_start
    rng = np.random.default_rng(1)
    sizes = [784, 128, 64, 10]
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        params += [he(rng, fan_in, fan_out), np.zeros(fan_out, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step = 0

    fashion.report("peer", "numpy")
    fashion.report("load_seconds", load_seconds)
    for _ in range(EPOCHS):
        start = time.perf_counter()
        order = rng.permutation(len(x_train))
        for i in range(0, len(order), BATCH):
            idx = order[i:i + BATCH]
            x, y = x_train[idx], y_train[idx]
            w1, b1, w2, b2, w3, b3 = params
            h1 = np.maximum(x @ w1 + b1, 0)
            h2 = np.maximum(h1 @ w2 + b2, 0)
            z = h2 @ w3 + b3
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            dz = p
            dz[np.arange(len(y)), y] -= 1
            dz /= len(y)
            g3, gb3 = h2.T @ dz, dz.sum(0)
            d2 = (dz @ w3.T) * (h2 > 0)
            g2, gb2 = h1.T @ d2, d2.sum(0)
            d1 = (d2 @ w2.T) * (h1 > 0)
            g1, gb1 = x.T @ d1, d1.sum(0)
            step += 1
            c1, c2 = 1 - B1 ** step, 1 - B2 ** step
            for j, g in enumerate((g1, gb1, g2, gb2, g3, gb3)):
                m[j] *= B1
                m[j] += (1 - B1) * g
                v[j] *= B2
                v[j] += (1 - B2) * g * g
                params[j] -= (LR / c1) * m[j] / (np.sqrt(v[j] / c2) + EPS)
        fashion.report("epoch_seconds", time.perf_counter() - start)
    w1, b1, w2, b2, w3, b3 = params
    logits = np.maximum(np.maximum(x_test @ w1 + b1, 0) @ w2 + b2, 0) @ w3 + b3
    fashion.report("test_accuracy", float((logits.argmax(1) == y_test).mean()))


if __name__ == "__main__":
    main()
