"""784-128-64-10 ReLU/softmax MLP in JAX (CPU) with optax: Adam (lr 0.001), batch 64, 3 epochs.

Usage: python jax_mlp.py [DATA_DIR] [EPOCHS] [THREADS] [MODE]
  MODE scan (the default): a whole epoch is one jitted function, a jax.lax.scan over its batches.
  MODE step: one jitted training step per batch, called from Python, as the other peers loop.
THREADS 1 restricts the process to one CPU (os.sched_setaffinity, before jax is imported) and
turns XLA's intra-op threads off (XLA_FLAGS); THREADS N > 1 keeps the first N CPUs.

The weights start as torch's nn.Linear default does (weight and bias uniform in ±1/sqrt(fan_in)),
so as in torch_mlp.py; each epoch takes a fresh permutation of the training rows (numpy, seed 1)
and cuts it into batches of 64, the last one short (32 rows), as torch_loop.py does. In scan mode
that short batch is one more jitted step after the scan. Every epoch's seconds are reported, the
first with its compilation (the other peers do not leave their first epoch out either), each up
to block_until_ready on the updated weights.
"""
import os
import sys
import time

EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
THREADS = int(sys.argv[3]) if len(sys.argv) > 3 else 1
MODE = sys.argv[4] if len(sys.argv) > 4 else "scan"
BATCH = 64

# Both must be set before jax (and the numpy fashion imports) start their threads.
os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:THREADS])
if THREADS == 1:
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "")
                               + " --xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1").strip()

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402

import fashion  # noqa: E402

optimizer = optax.adam(0.001)


def init(key, sizes):
    """Weights and biases uniform in ±1/sqrt(fan_in), as nn.Linear's default gives."""
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        key, kw, kb = jax.random.split(key, 3)
        bound = 1 / np.sqrt(fan_in)
        params.append((jax.random.uniform(kw, (fan_in, fan_out), jnp.float32, -bound, bound),
                       jax.random.uniform(kb, (fan_out,), jnp.float32, -bound, bound)))
    return params


def logits(params, x):
    for w, b in params[:-1]:
        x = jax.nn.relu(x @ w + b)
    w, b = params[-1]
    return x @ w + b


def loss(params, x, y):
    return optax.softmax_cross_entropy_with_integer_labels(logits(params, x), y).mean()


def step(state, x, y):
    params, opt_state = state
    grads = jax.grad(loss)(params, x, y)
    updates, opt_state = optimizer.update(grads, opt_state)
    return optax.apply_updates(params, updates), opt_state


@jax.jit
def train_step(state, x_train, y_train, idx):
    """One batch: the rows idx of the training set, gathered here as torch_loop.py does."""
    return step(state, x_train[idx], y_train[idx])


@jax.jit
def train_scan(state, x_train, y_train, batches):
    """Every full batch of an epoch in one compiled loop; batches holds one row of indices per batch."""
    def body(state, idx):
        return step(state, x_train[idx], y_train[idx]), None

    return jax.lax.scan(body, state, batches)[0]


def main():
    if MODE not in ("scan", "step"):
        sys.exit(f"unknown mode {MODE!r}: scan or step")
    load_start = time.perf_counter()
    x_train, y_train, x_test, y_test = fashion.load()
    x_train, y_train = jnp.asarray(x_train), jnp.asarray(y_train.astype(np.int32))
    load_seconds = time.perf_counter() - load_start
    params = init(jax.random.PRNGKey(1), [784, 128, 64, 10])
    state = (params, optimizer.init(params))
    rng = np.random.default_rng(1)
    full = len(x_train) // BATCH * BATCH

    fashion.report("peer", f"jax-{jax.__version__}-{MODE}")
    fashion.report("optax", optax.__version__)
    fashion.report("backend", f"{jax.default_backend()} {jax.devices()}")
    fashion.report("threads", len(os.sched_getaffinity(0)))
    fashion.report("xla_flags", os.environ.get("XLA_FLAGS", "-"))
    fashion.report("load_seconds", load_seconds)
    for _ in range(EPOCHS):
        start = time.perf_counter()
        order = rng.permutation(len(x_train)).astype(np.int32)
        if MODE == "scan":
            state = train_scan(state, x_train, y_train, order[:full].reshape(-1, BATCH))
            if full < len(order):
                state = train_step(state, x_train, y_train, order[full:])
        else:
            for i in range(0, len(order), BATCH):
                state = train_step(state, x_train, y_train, order[i:i + BATCH])
        jax.block_until_ready(state)
        fashion.report("epoch_seconds", time.perf_counter() - start)
    predicted = np.asarray(jnp.argmax(jax.jit(logits)(state[0], jnp.asarray(x_test)), axis=1))
    fashion.report("test_accuracy", float((predicted == y_test).mean()))


if __name__ == "__main__":
    main()
