#!/usr/bin/env bash
# Runs samples/notebooks/students.ipynb on the nn kernel with Jupyter's own client (nbclient) and
# checks its outputs: a table, a plot as image/png, an error with its line and column.
# Needs the packaged jar (mvn -DskipTests package). The venv is made in the build folder on first
# use (NEURONA_JUPYTER_VENV to choose another); the kernelspec goes to a temporary JUPYTER_PATH.
# With --write, the notebook is saved back with its new outputs.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
venv="${NEURONA_JUPYTER_VENV:-repl/target/jupyter-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q jupyter_client nbclient nbformat
spec="$(mktemp -d)"
trap 'rm -rf "$spec"' EXIT
./nn kernel install --prefix "$spec" >/dev/null
notebook=samples/notebooks/students.ipynb
out="$spec/students.ipynb"
[ "${1:-}" = "--write" ] && out="$notebook"
JUPYTER_PATH="$spec/share/jupyter" "$venv/bin/python" repl/src/test/jupyter/run_notebook.py "$notebook" "$out"
