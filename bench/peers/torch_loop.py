"""The training loop the PyTorch peers share: Adam (lr 0.001), cross-entropy, shuffled batches."""
import time

import torch
from torch import nn

import fashion


def epoch(model, optimizer, loss_fn, x_train, y_train, batch):
    """One pass over the training rows in a fresh random order, the last batch short; returns its seconds."""
    start = time.perf_counter()
    order = torch.randperm(len(x_train))
    for i in range(0, len(order), batch):
        idx = order[i:i + batch]
        optimizer.zero_grad()
        loss = loss_fn(model(x_train[idx]), y_train[idx])
        loss.backward()
        optimizer.step()
    return time.perf_counter() - start


def train_and_test(model, x_train, y_train, x_test, y_test, epochs, batch):
    """Trains `model` for `epochs`, reporting each epoch's seconds, then the test accuracy."""
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(epochs):
        fashion.report("epoch_seconds", epoch(model, optimizer, loss_fn, x_train, y_train, batch))
    model.eval()
    with torch.no_grad():
        accuracy = (model(x_test).argmax(1) == y_test).float().mean().item()
    fashion.report("test_accuracy", accuracy)
