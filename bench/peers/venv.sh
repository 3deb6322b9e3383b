#!/usr/bin/env bash
# Makes (or updates) the Python environment the peers run in, outside the repository:
# numpy 2.x and PyTorch 2.x CPU wheels from the package index. Debian's python3-numpy and
# python3-torch link an OpenBLAS too old for current CPUs; the peers never use them.
#   NEURONA_PEERS_VENV   where the environment lives (default: ~/.cache/neurona-peers)
# Prints each peer's version, BLAS and default thread count to stderr, and the python to use on
# its last line (stdout).
set -euo pipefail
venv="${NEURONA_PEERS_VENV:-$HOME/.cache/neurona-peers}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
"$venv/bin/python" -c 'import numpy, torch' 2>/dev/null \
  || "$venv/bin/pip" install -q "numpy>=2" "torch>=2" >&2
"$venv/bin/python" - >&2 <<'PY'
import re
import numpy, torch
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
PY
echo "$venv/bin/python"
