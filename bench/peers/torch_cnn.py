"""The convolutional network of bench CnnEpochs in PyTorch (CPU), on Fashion-MNIST.

conv 16 3x3 relu same, maxpool 2x2, conv 32 3x3 relu same, maxpool 2x2, dense 128 relu,
dense 10 (softmax in the loss); Adam (lr 0.001), batch 64; then accuracy on the test images.

Usage: python torch_cnn.py [DATA_DIR] [EPOCHS] [THREADS] [flush]
With a fourth argument `flush`, denormal numbers are flushed to zero (torch.set_flush_denormal),
which PyTorch does not do by default; Neurona flushes them in its optimizers.
"""
import re
import sys
import time

import torch
from torch import nn

import fashion
import torch_loop

EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 2
THREADS = int(sys.argv[3]) if len(sys.argv) > 3 else 1
FLUSH = len(sys.argv) > 4 and sys.argv[4] == "flush"
BATCH = 64


def blas():
    """The BLAS torch was built with (BLAS_INFO in its build settings), for the record."""
    found = re.search(r"BLAS_INFO=(\w+)", torch.__config__.show())
    return found.group(1) if found else "unknown"


def main():
    torch.set_num_threads(THREADS)
    torch.manual_seed(1)
    if FLUSH:
        torch.set_flush_denormal(True)
    load_start = time.perf_counter()
    x_train, y_train, x_test, y_test = (torch.from_numpy(a) for a in fashion.load())
    x_train = x_train.reshape(-1, 1, 28, 28)
    x_test = x_test.reshape(-1, 1, 28, 28)
    load_seconds = time.perf_counter() - load_start
    model = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(32 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))

    fashion.report("peer", f"pytorch-{torch.__version__}")
    fashion.report("blas", blas())
    fashion.report("mkldnn", torch.backends.mkldnn.is_available())
    fashion.report("torch_threads", torch.get_num_threads())
    fashion.report("flush_denormal", FLUSH)
    fashion.report("load_seconds", load_seconds)
    torch_loop.train_and_test(model, x_train, y_train, x_test, y_test, EPOCHS, BATCH)


if __name__ == "__main__":
    main()
