"""784-128-64-10 ReLU/softmax MLP in PyTorch (CPU): Adam (lr 0.001), batch 64, 3 epochs.

Usage: python3 torch_mlp.py [DATA_DIR] [EPOCHS] [TORCH_THREADS]. BLAS threads are set from the
environment (OPENBLAS_NUM_THREADS), as run.sh does for each thread setting.
"""
import sys
import time

import torch
from torch import nn

import fashion

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
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()

    fashion.report("peer", f"pytorch-{torch.__version__}")
    fashion.report("torch_threads", THREADS)
    fashion.report("load_seconds", load_seconds)
    for _ in range(EPOCHS):
        start = time.perf_counter()
        order = torch.randperm(len(x_train))
        for i in range(0, len(order), BATCH):
            idx = order[i:i + BATCH]
            optimizer.zero_grad()
            loss = loss_fn(model(x_train[idx]), y_train[idx])
            loss.backward()
            optimizer.step()
        fashion.report("epoch_seconds", time.perf_counter() - start)
    with torch.no_grad():
        accuracy = (model(x_test).argmax(1) == y_test).float().mean().item()
    fashion.report("test_accuracy", accuracy)


if __name__ == "__main__":
    main()
