"""Writes the PyTorch cross-check fixture for the layers on maps, once; the Java test reads it.

    python make_layer_fixtures.py [OUT]
    (default OUT: runtime/src/test/resources/dev/neurona/runtime/nn/pytorch-layers.txt)

Each case is a stack of layers in Neurona's words, the weights given to it, an input batch,
PyTorch's output, and, for L = sum(y * r) with a fixed random r, PyTorch's gradient with respect
to the input and to every parameter; for batchnorm also the running statistics after the step.
Neurona holds a conv weight as PyTorch does ([F][C][K][K]) and a dense weight transposed
([in][out]); `same` padding follows Keras (the odd zero after), which F.pad reproduces here.
Batchnorm's momentum is Keras' (the share kept: PyTorch's momentum is 1 minus it), and its
running variance takes the batch's biased variance, as Keras does; PyTorch takes the unbiased
one, so the expected running variance is computed here from the batch instead. The batchnorm
written out here is checked against torch's own (F.batch_norm) before anything is written.
"""
import math
import os
import sys

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "runtime", "src", "test", "resources", "dev", "neurona", "runtime", "nn", "pytorch-layers.txt")

ACTIVATIONS = {"linear": lambda t: t, "relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid}


def check_batchnorm(formula, x, gamma, beta, mean, var, momentum, eps, training, after):
    """Asserts that `formula` (ours, Keras' semantics) agrees with F.batch_norm on x: output,
    gradients of a random projection, and running statistics (PyTorch's running variance takes the
    unbiased batch variance: scaled back to the biased one before comparing)."""
    x, gamma, beta = (t.detach().clone().requires_grad_() for t in (x, gamma, beta))
    running_mean, running_var = mean.clone(), var.clone()
    theirs = F.batch_norm(x, running_mean, running_var, gamma, beta, training, 1 - momentum, eps)
    ours = formula(x, gamma, beta)
    r = torch.randn(ours.shape, generator=torch.Generator().manual_seed(99))
    their_grads = torch.autograd.grad((theirs * r).sum(), (x, gamma, beta))
    our_grads = torch.autograd.grad((ours * r).sum(), (x, gamma, beta))
    for a, b in zip((theirs,) + their_grads, (ours,) + our_grads):
        assert torch.allclose(a, b, rtol=1e-5, atol=1e-5), (a - b).abs().max()
    assert torch.allclose(running_mean, after[0], rtol=1e-6, atol=1e-6)
    if training:
        count = x.numel() // x.shape[1]
        unbiased_part = (running_var - momentum * var) / (1 - momentum)
        biased = unbiased_part * (count - 1) / count
        assert torch.allclose(momentum * var + (1 - momentum) * biased, after[1], rtol=1e-5, atol=1e-6)
    else:
        assert torch.equal(running_var, after[1])


def same_pad(size, kernel, stride):
    out = (size + stride - 1) // stride
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


class Stack:
    """Layers in Neurona's words, applied with torch functions; parameters in Neurona's order."""

    def __init__(self, shape, gen):
        self.shape = list(shape)  # [C, H, W] or [N]
        self.gen = gen
        self.lines = []
        self.steps = []
        self.params = []  # (torch tensor leaf, to_neurona(tensor) -> flat list)
        self.states = []  # running statistics to report after the forward pass

    def rand(self, *size, scale=0.5):
        return (torch.randn(*size, generator=self.gen) * scale).requires_grad_()

    def conv(self, filters, kernel, stride, padding, activation):
        c, h, w = self.shape
        weight, bias = self.rand(filters, c, kernel, kernel), self.rand(filters, scale=0.1)
        self.params += [(weight, lambda t: t.flatten()), (bias, lambda t: t.flatten())]
        if padding == "same":
            top, bottom = same_pad(h, kernel, stride)
            left, right = same_pad(w, kernel, stride)
        else:
            top = bottom = left = right = 0
        act = ACTIVATIONS[activation]
        self.steps.append(lambda x: act(F.conv2d(F.pad(x, (left, right, top, bottom)), weight, bias, stride)))
        oh = (h + top + bottom - kernel) // stride + 1
        ow = (w + left + right - kernel) // stride + 1
        self.shape = [filters, oh, ow]
        self.lines.append(f"conv {filters} {kernel} {stride} {padding} {activation}")

    def pool(self, op, window, stride):
        c, h, w = self.shape
        fn = F.max_pool2d if op == "max" else F.avg_pool2d
        self.steps.append(lambda x: fn(x, window, stride))
        self.shape = [c, (h - window) // stride + 1, (w - window) // stride + 1]
        self.lines.append(f"{op}pool {window} {stride}")

    def global_avgpool(self):
        self.steps.append(lambda x: x.mean(dim=(2, 3)))
        self.shape = [self.shape[0]]
        self.lines.append("global_avgpool")

    def flatten(self):
        self.steps.append(lambda x: x.flatten(1))
        self.shape = [math.prod(self.shape)]
        self.lines.append("flatten")

    def dense(self, units, activation):
        inputs = math.prod(self.shape)
        weight, bias = self.rand(units, inputs, scale=0.3), self.rand(units, scale=0.1)
        self.params += [(weight, lambda t: t.t().flatten()), (bias, lambda t: t.flatten())]
        act = ACTIVATIONS[activation]
        self.steps.append(lambda x: act(F.linear(x.flatten(1), weight, bias)))
        self.shape = [units]
        self.lines.append(f"dense {units} {activation}")

    def batchnorm(self, momentum, eps, training, mean=None, var=None):
        channels = self.shape[0]
        gamma = (1 + 0.3 * torch.randn(channels, generator=self.gen)).requires_grad_()
        beta = (0.2 * torch.randn(channels, generator=self.gen)).requires_grad_()
        self.params += [(gamma, lambda t: t.flatten()), (beta, lambda t: t.flatten())]
        start_mean = mean if mean is not None else torch.zeros(channels)
        start_var = var if var is not None else torch.ones(channels)
        record = {"start": (start_mean.clone(), start_var.clone())}
        self.states.append(record)

        def step(x):
            dims = [0] + ([2, 3] if x.dim() == 4 else [])
            shape = [1, channels] + ([1, 1] if x.dim() == 4 else [])
            if training:
                m = x.mean(dim=dims)
                v = x.var(dim=dims, unbiased=False)
                record["after"] = (momentum * start_mean + (1 - momentum) * m.detach(),
                                   momentum * start_var + (1 - momentum) * v.detach())
            else:
                m, v = start_mean, start_var
                record["after"] = (start_mean, start_var)

            def formula(x, gamma, beta):
                if training:
                    m, v = x.mean(dim=dims), x.var(dim=dims, unbiased=False)
                else:
                    m, v = start_mean, start_var
                return (x - m.view(shape)) / torch.sqrt(v.view(shape) + eps) * gamma.view(shape) + beta.view(shape)

            check_batchnorm(formula, x, gamma, beta, start_mean, start_var, momentum, eps, training, record["after"])
            return formula(x, gamma, beta)

        self.steps.append(step)
        self.lines.append(f"batchnorm {momentum} {eps}")

    def run(self, x):
        for step in self.steps:
            x = step(x)
        return x


def numbers(t):
    return " ".join(f"{v:.9g}" for v in t.detach().flatten().tolist())


def write_case(out, name, input_shape, batch, training, build, distinct=False, seed=0):
    gen = torch.Generator().manual_seed(seed)
    stack = Stack(input_shape, gen)
    build(stack)
    size = math.prod(input_shape)
    if distinct:  # values far apart, so that no max-pool window has a tie
        x = (torch.randperm(batch * size, generator=gen).float() * 0.05 - batch * size * 0.025)
    else:
        x = torch.randn(batch * size, generator=gen)
    x = x.reshape([batch] + list(input_shape)).requires_grad_()
    y = stack.run(x)
    r = torch.randn(y.shape, generator=gen)
    (y * r).sum().backward()
    out.write(f"case {name}\n")
    out.write("input " + "x".join(map(str, input_shape)) + f"\nbatch {batch}\ntraining {str(training).lower()}\n")
    for line in stack.lines:
        out.write(f"layer {line}\n")
    for i, (p, to_ours) in enumerate(stack.params):
        out.write(f"param {i} {numbers(to_ours(p))}\n")
    for i, record in enumerate(stack.states):
        out.write(f"state {i} {numbers(torch.cat(record['start']))}\n")
    out.write(f"x {numbers(x)}\ny {numbers(y)}\nr {numbers(r)}\ndx {numbers(x.grad)}\n")
    for i, (p, to_ours) in enumerate(stack.params):
        out.write(f"grad {i} {numbers(to_ours(p.grad))}\n")
    for i, record in enumerate(stack.states):
        out.write(f"state_after {i} {numbers(torch.cat(record['after']))}\n")
    out.write("end\n")


def main():
    torch.manual_seed(0)
    with open(OUT, "w") as out:
        out.write(f"# Written by bench/peers/make_layer_fixtures.py with PyTorch {torch.__version__}; do not edit.\n")
        write_case(out, "conv 4 3x3 relu valid, 1x6x6, batch 2", [1, 6, 6], 2, True,
                   lambda s: s.conv(4, 3, 1, "valid", "relu"), seed=1)
        write_case(out, "conv 3 3x3 tanh same stride 2 (odd padding after), 3x8x8, batch 2", [3, 8, 8], 2, True,
                   lambda s: s.conv(3, 3, 2, "same", "tanh"), seed=2)
        write_case(out, "conv 2 3x3 same stride 2, 3x7x7, batch 1", [3, 7, 7], 1, True,
                   lambda s: s.conv(2, 3, 2, "same", "linear"), seed=3)
        write_case(out, "conv 2 2x2 sigmoid same (even kernel), 2x5x5, batch 2", [2, 5, 5], 2, True,
                   lambda s: s.conv(2, 2, 1, "same", "sigmoid"), seed=4)
        write_case(out, "maxpool 2x2, 2x7x7 (odd map), batch 2", [2, 7, 7], 2, True,
                   lambda s: s.pool("max", 2, 2), distinct=True, seed=5)
        write_case(out, "maxpool 3x3 stride 2, 2x9x9, batch 1", [2, 9, 9], 1, True,
                   lambda s: s.pool("max", 3, 2), distinct=True, seed=6)
        write_case(out, "avgpool 2x2, 3x6x7, batch 2", [3, 6, 7], 2, True, lambda s: s.pool("avg", 2, 2), seed=7)
        write_case(out, "avgpool 3x3 stride 1, 1x6x5, batch 1", [1, 6, 5], 1, True, lambda s: s.pool("avg", 3, 1), seed=8)
        write_case(out, "global_avgpool, 3x5x4, batch 2", [3, 5, 4], 2, True, lambda s: s.global_avgpool(), seed=9)
        write_case(out, "batchnorm training on maps, 4x5x5, batch 3", [4, 5, 5], 3, True,
                   lambda s: s.batchnorm(0.9, 0.001, True), seed=10)
        write_case(out, "batchnorm training on units, 5, batch 6", [5], 6, True,
                   lambda s: s.batchnorm(0.99, 0.001, True), seed=11)
        write_case(out, "batchnorm at inference on maps, 3x4x4, batch 2", [3, 4, 4], 2, False,
                   lambda s: s.batchnorm(0.99, 0.001, False, torch.tensor([0.3, -0.2, 0.1]),
                                         torch.tensor([1.5, 0.6, 2.0])), seed=12)

        def stack(s):
            s.conv(4, 3, 1, "same", "relu")
            s.pool("max", 2, 2)
            s.batchnorm(0.9, 0.001, True)
            s.conv(3, 3, 2, "valid", "relu")
            s.flatten()
            s.dense(5, "tanh")
            s.dense(3, "linear")

        write_case(out, "conv, maxpool, batchnorm, conv stride 2, flatten, dense, dense; 2x9x9, batch 3", [2, 9, 9], 3,
                   True, stack, seed=13)


if __name__ == "__main__":
    main()
