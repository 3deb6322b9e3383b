"""numpy/OpenBLAS matmul GFLOP/s at the shapes `nn bench` measures, one line per figure.

Usage: OPENBLAS_NUM_THREADS=N python3 numpy_matmul.py
"""
import os
import time

import numpy as np

SHAPES = [  # (name, rows, cols, depth, form)
    ("1024x1024x1024", 1024, 1024, 1024, "A*B"),
    ("64x128x784", 64, 128, 784, "A*B"),
    ("784x128x64", 784, 128, 64, "At*B"),
    ("64x784x128", 64, 784, 128, "A*Bt"),
]


def median_seconds(call, budget=0.4):
    for _ in range(2):  # the first pass warms up
        times = []
        end = time.perf_counter() + budget
        while time.perf_counter() < end or len(times) < 3:
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2]


def main():
    rng = np.random.default_rng(1)
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "?")
    for name, m, n, k, form in SHAPES:
        if form == "A*B":
            a, b = rng.standard_normal((m, k), np.float32), rng.standard_normal((k, n), np.float32)
            call = lambda: a @ b
        elif form == "At*B":
            a, b = rng.standard_normal((k, m), np.float32), rng.standard_normal((k, n), np.float32)
            call = lambda: a.T @ b
        else:
            a, b = rng.standard_normal((m, k), np.float32), rng.standard_normal((n, k), np.float32)
            call = lambda: a @ b.T
        gflops = 2 * m * n * k / median_seconds(call) / 1e9
        print(f"matmul shape={name} form={form} impl=openblas threads={threads} gflops={gflops:.1f}", flush=True)


if __name__ == "__main__":
    main()
