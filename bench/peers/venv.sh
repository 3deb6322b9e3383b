#!/usr/bin/env bash
# Makes (or updates) the Python environment the peers run in, outside the repository:
# numpy 2.x and PyTorch 2.x CPU wheels from the package index. Debian's python3-numpy and
# python3-torch link an OpenBLAS too old for current CPUs; the peers never use them.
#   NEURONA_PEERS_VENV   where the environment lives (default: ~/.cache/neurona-peers)
# Prints the python to use on its last line.
set -euo pipefail
venv="${NEURONA_PEERS_VENV:-$HOME/.cache/neurona-peers}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
"$venv/bin/python" -c 'import numpy, torch' 2>/dev/null \
  || "$venv/bin/pip" install -q "numpy>=2" "torch>=2" >&2
"$venv/bin/python" - >&2 <<'PY'
import numpy, torch
print(f"numpy {numpy.__version__}; torch {torch.__version__}, {torch.get_num_threads()} threads by default, "
      f"mkldnn {torch.backends.mkldnn.is_available()}")
PY
echo "$venv/bin/python"
