"""How an epoch's cost grows in PyTorch (CPU), the peer of `nn bench`'s epoch lines.

Usage: python torch_scaling.py [TORCH_THREADS] [ROWS]
On synthetic data of Fashion-MNIST's size (ROWS, default 60,000, random 28x28 images of pixels
i/255, 10 random classes; nothing is read), Adam (lr 0.001), one epoch of 784-W-10 (one hidden
ReLU layer of width W = 128, 512, 2048) at batch 64, and of 784-128-64-10 at batch 32 and 256.
As `nn bench` does: a warm-up epoch on the first tenth of the rows, then the faster of two whole
epochs, one line each:
    epoch model=784-2048-10 batch=64 threads=2 rows=60000 seconds=3.912
"""
import sys

import numpy as np
import torch
from torch import nn

import torch_loop

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 60_000
CONFIGS = [([128], 64), ([512], 64), ([2048], 64), ([128, 64], 32), ([128, 64], 256)]  # (hidden widths, batch)
TIMED_EPOCHS = 2


def mlp(hidden):
    layers, fan_in = [], 784
    for width in hidden:
        layers += [nn.Linear(fan_in, width), nn.ReLU()]
        fan_in = width
    return nn.Sequential(*layers, nn.Linear(fan_in, 10))


def main():
    torch.set_num_threads(THREADS)
    torch.manual_seed(1)
    rng = np.random.default_rng(3)
    x = torch.from_numpy(rng.integers(0, 256, (ROWS, 784)).astype(np.float32) / 255)
    y = torch.from_numpy(rng.integers(0, 10, ROWS))
    warm_up = max(1, ROWS // 10)
    print(f"peer pytorch-{torch.__version__}", flush=True)
    for hidden, batch in CONFIGS:
        model = mlp(hidden)
        optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
        loss_fn = nn.CrossEntropyLoss()
        torch_loop.epoch(model, optimizer, loss_fn, x[:warm_up], y[:warm_up], batch)
        seconds = min(torch_loop.epoch(model, optimizer, loss_fn, x, y, batch) for _ in range(TIMED_EPOCHS))
        name = "-".join(str(n) for n in [784, *hidden, 10])
        print(f"epoch model={name} batch={batch} threads={THREADS} rows={ROWS} seconds={seconds:.3f}", flush=True)


if __name__ == "__main__":
    main()
