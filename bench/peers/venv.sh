#!/usr/bin/env bash
# Makes (or updates) the Python environment the peers run in, outside the repository:
# numpy 2.x, PyTorch 2.x (CPU wheel), JAX with optax, threadpoolctl, the table loaders pandas,
# pyarrow and polars, and onnx with onnxruntime (onnx_check.py), from the package index.
# Debian's python3-numpy and python3-torch link an OpenBLAS too old for current CPUs; the peers
# never use them.
#   NEURONA_PEERS_VENV   where the environment lives (default: ~/.cache/neurona-peers)
# Prints each peer's version, BLAS or kernels and default thread count to stderr (threadpoolctl's
# view of the native thread pools included), and the python to use on its last line (stdout).
set -euo pipefail
venv="${NEURONA_PEERS_VENV:-$HOME/.cache/neurona-peers}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
"$venv/bin/python" -c 'import numpy, torch, jax, optax, threadpoolctl, pandas, pyarrow, polars, onnx, onnxruntime' 2>/dev/null \
  || "$venv/bin/pip" install -q "numpy>=2" "torch>=2" jax optax threadpoolctl pandas pyarrow polars onnx onnxruntime >&2
"$venv/bin/python" - >&2 <<'PY'
import os
import re
import numpy, torch, jax, jaxlib, optax, threadpoolctl
import pandas, pyarrow, polars
import onnx, onnxruntime
blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
print(f"numpy {numpy.__version__}: BLAS {blas.get('name')} {blas.get('version')}"
      f" ({blas.get('openblas configuration', '').strip()})")
config = torch.__config__.show()
torch_blas = re.search(r"BLAS_INFO=(\w+)", config)
mkl = re.search(r"Math Kernel Library Version (\S+)", config)
backend = re.search(r"ATen parallel backend: (\w+)", torch.__config__.parallel_info())
print(f"torch {torch.__version__}: BLAS_INFO={torch_blas.group(1) if torch_blas else 'unknown'}"
      + (f", MKL {mkl.group(1)}" if mkl else "")
      + f", mkldnn {torch.backends.mkldnn.is_available()}, {torch.get_num_threads()} threads by default"
      + (f" ({backend.group(1)} backend)" if backend else ""))
device = jax.devices()[0]
print(f"jax {jax.__version__} (jaxlib {jaxlib.__version__}), optax {optax.__version__}: backend {jax.default_backend()},"
      f" devices {[str(d) for d in jax.devices()]} ({device.device_kind}); XLA compiles its own CPU kernels"
      f" (no BLAS threadpoolctl can see); {len(os.sched_getaffinity(0))} CPUs in its affinity,"
      f" XLA_FLAGS={os.environ.get('XLA_FLAGS', '')!r}")
print(f"pandas {pandas.__version__}, pyarrow {pyarrow.__version__} ({pyarrow.io_thread_count()} I/O threads,"
      f" {pyarrow.cpu_count()} CPU threads), polars {polars.__version__} ({polars.thread_pool_size()} threads)")
print(f"onnx {onnx.__version__} (IR {onnx.IR_VERSION}), onnxruntime {onnxruntime.__version__}"
      f" ({', '.join(onnxruntime.get_available_providers())})")
# threadpoolctl sees the native pools loaded in this process; each is told apart by the package
# its library ships in. torch links MKL statically, so only its OpenMP runtime shows.
print(f"threadpoolctl {threadpoolctl.__version__}, the native thread pools loaded:")
for pool in threadpoolctl.threadpool_info():
    owner = next((name for name in ("numpy", "torch", "scipy", "jaxlib") if f"/{name}" in pool["filepath"]), "?")
    print(f"  {owner}: {pool['user_api']} internal_api={pool['internal_api']}"
          f" version={pool.get('version')} num_threads={pool['num_threads']}"
          f" architecture={pool.get('architecture', '-')} threading_layer={pool.get('threading_layer', '-')}"
          f" ({os.path.basename(pool['filepath'])})")
PY
echo "$venv/bin/python"
