"""784-128-64-10 ReLU/softmax MLP in PyTorch (CPU): Adam (lr 0.001), batch 64, 3 epochs.

Usage: python3 torch_mlp.py [DATA_DIR] [EPOCHS] [TORCH_THREADS]. A wheel of PyTorch computes on its
own threads (torch.set_num_threads), which TORCH_THREADS sets.
"""
import sys
import time

import torch
from torch import nn

import fashion
import torch_loop

EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
THREADS = int(sys.argv[3]) if len(sys.argv) > 3 else 1
BATCH = 64


def main():
    torch.set_num_threads(THREADS)
    torch.manual_seed(1)
    load_start = time.perf_counter()
    x_train, y_train, x_test, y_test = (torch.from_numpy(a) for a in fashion.load())
    load_seconds = time.perf_counter() - load_start
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))

    fashion.report("peer", f"pytorch-{torch.__version__}")
    fashion.report("torch_threads", THREADS)
    fashion.report("load_seconds", load_seconds)
    torch_loop.train_and_test(model, x_train, y_train, x_test, y_test, EPOCHS, BATCH)


if __name__ == "__main__":
    main()
