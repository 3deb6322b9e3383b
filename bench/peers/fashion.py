"""Loads Fashion-MNIST from its IDX files, as every peer script here needs it."""
import gzip
import os
import sys

import numpy as np

DEFAULT_DIR = "/usr/share/datasets/fashion-mnist"


def _read(path, offset):
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return np.frombuffer(raw, dtype=np.uint8, offset=offset)


def load(directory=None):
    """Returns (x_train, y_train, x_test, y_test): float32 pixels in [0, 1], int64 labels."""
    d = directory or (sys.argv[1] if len(sys.argv) > 1 and os.path.isdir(sys.argv[1]) else DEFAULT_DIR)
    x_train = _read(os.path.join(d, "train-images-idx3-ubyte.gz"), 16).reshape(-1, 784).astype(np.float32) / 255
    y_train = _read(os.path.join(d, "train-labels-idx1-ubyte.gz"), 8).astype(np.int64)
    x_test = _read(os.path.join(d, "t10k-images-idx3-ubyte.gz"), 16).reshape(-1, 784).astype(np.float32) / 255
    y_test = _read(os.path.join(d, "t10k-labels-idx1-ubyte.gz"), 8).astype(np.int64)
    return x_train, y_train, x_test, y_test


def report(key, value):
    """One `key value` line, the format every peer prints."""
    print(f"{key} {value:.4f}" if isinstance(value, float) else f"{key} {value}", flush=True)
