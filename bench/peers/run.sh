#!/usr/bin/env bash
# Times the same training with Neurona and with its CPU peers on this machine, in one run, and
# prints: what venv.sh reports of each peer (version, BLAS or kernels, threads), so that a saved
# run names them; Fashion-MNIST with 784-128-64-10 (Adam, batch 64, EPOCHS epochs); with the
# convolutional network of bench CnnEpochs (Adam, batch 64, CNN_EPOCHS epochs); matmul GFLOP/s;
# and how an epoch's cost grows with the hidden width and the batch size, Neurona ('nn bench')
# against PyTorch (torch_scaling.py), on 2 threads.
#
# Needs Debian's dataset-fashion-mnist (apt-get install dataset-fashion-mnist); the peers run in
# the Python environment venv.sh makes (numpy 2.x, PyTorch 2.x, JAX and optax from the package
# index).
# Usage: bench/peers/run.sh [DATA_DIR] [EPOCHS] [CNN_EPOCHS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-/usr/share/datasets/fashion-mnist}"
epochs="${2:-3}"
cnn_epochs="${3:-2}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
peers="$(mktemp)"
python="$("$here/venv.sh" 2>"$peers" | tail -n 1)" || { cat "$peers" >&2; exit 1; }
jar="$root/bench/target/benchmarks.jar"
[ -f "$jar" ] && [ -f "$root/repl/target/neurona.jar" ] || (cd "$root" && mvn -q -B -DskipTests install)

# Some machines set these to work around old OpenBLAS builds; they slow a current one.
unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE

# Neurona's Java as ./nn starts it (the serial collector, a heap that starts at 64 MB: see nn), so
# that its peak memory is that of an `nn run`. The JVM's defaults on a 2-core machine (G1, a heap
# that starts at 1/64 of the RAM and grows when its pauses add up) give settings no `nn run` uses,
# and a peak that swings with the GC's timing: 570-690 MB for the MLP against 160 MB on 24 GB.
neurona=("$java" --add-modules jdk.incubator.vector -XX:+UseSerialGC -Xms64m -cp "$jar")

# run NAME COMMAND...: runs one peer, keeps its key/value lines and its peak resident memory.
run() {
  local name="$1"; shift
  local out; out="$(mktemp)"
  /usr/bin/time -f "peak_rss_kb %M" -o "$out.time" "$@" >"$out" 2>/dev/null || echo "failed 1" >>"$out"
  cat "$out.time" >>"$out"
  awk -v name="$name" '
    $1 == "epoch_seconds" { n++; s[n] = $2 }
    $1 == "test_accuracy" { acc = $2 }
    $1 == "peak_rss_kb" { rss = $2 }
    $1 == "failed" { failed = 1 }
    END {
      if (failed || n == 0) { printf "| %-34s | %s |\n", name, "failed"; exit }
      best = s[1]; for (i = 2; i <= n; i++) if (s[i] < best) best = s[i]
      printf "| %-34s | %8.3f | %8.3f | %6.4f | %6.0f |\n", name, s[n], best, acc, rss / 1024
    }' "$out"
  rm -f "$out" "$out.time"
}

echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u +%F)"
echo "Neurona $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?') on $("$java" -version 2>&1 | head -n 1)"
cat "$peers"
rm -f "$peers"
echo
echo "Fashion-MNIST, 784-128-64-10, Adam, batch 64, $epochs epochs"
echo
echo "| peer                               | last epoch s | best epoch s | test acc | peak MB |"
echo "|------------------------------------|----------|----------|--------|--------|"
run "Neurona (2 threads)" "${neurona[@]}" dev.neurona.bench.FashionMnistEpochs "$data" "$epochs" 2
run "Neurona (1 thread)" "${neurona[@]}" dev.neurona.bench.FashionMnistEpochs "$data" "$epochs" 1
run "numpy + OpenBLAS (2 threads)" env OPENBLAS_NUM_THREADS=2 "$python" "$here/numpy_mlp.py" "$data" "$epochs"
run "numpy + OpenBLAS (1 thread)" env OPENBLAS_NUM_THREADS=1 "$python" "$here/numpy_mlp.py" "$data" "$epochs"
run "PyTorch (1 thread)" "$python" "$here/torch_mlp.py" "$data" "$epochs" 1
run "PyTorch (2 threads)" "$python" "$here/torch_mlp.py" "$data" "$epochs" 2
run "JAX + optax, scan (2 threads)" "$python" "$here/jax_mlp.py" "$data" "$epochs" 2 scan
run "JAX + optax, scan (1 thread)" "$python" "$here/jax_mlp.py" "$data" "$epochs" 1 scan
run "JAX + optax, step (2 threads)" "$python" "$here/jax_mlp.py" "$data" "$epochs" 2 step
run "JAX + optax, step (1 thread)" "$python" "$here/jax_mlp.py" "$data" "$epochs" 1 step

echo
echo "The same training as a script, the whole \`nn run\` (start, check, load, train, evaluate, report):"
echo
script_dir="$(mktemp -d)"
script="$script_dir/fashion.nn"
cat >"$script" <<EOF
seed 1
data clothes = idx("$data/train-images-idx3-ubyte.gz", "$data/train-labels-idx1-ubyte.gz") { scale 1/255 }
data exam = idx("$data/t10k-images-idx3-ubyte.gz", "$data/t10k-labels-idx1-ubyte.gz") { scale 1/255 }
model mlp {
  input 28x28
  dense 128 relu
  dense 64 relu
  dense 10 softmax
}
train mlp on clothes {
  optimizer adam(lr=0.001)
  epochs $epochs
  batch 64
}
evaluate mlp on exam
EOF
"$root/nn" --version >/dev/null 2>&1 || true # builds the jar now, outside the measure
echo "| nn run                             | wall s | test acc | peak MB |"
echo "|------------------------------------|--------|----------|---------|"
for t in 2 1; do
  out="$(mktemp)"
  if /usr/bin/time -f "wall_and_peak %e %M" -o "$out.time" "$root/nn" run "$script" --threads "$t" >"$out" 2>/dev/null; then
    cat "$out.time" >>"$out"
    awk -v name="--threads $t" '
      $1 == "loss" && $3 == "accuracy" { acc = $4 }
      $1 == "wall_and_peak" { wall = $2; rss = $3 }
      END { printf "| %-34s | %6.2f | %8.4f | %7.0f |\n", name, wall, acc, rss / 1024 }' "$out"
  else
    printf "| %-34s | %s |\n" "--threads $t" "failed"
  fi
  rm -f "$out" "$out.time"
done
rm -rf "$script_dir"

echo
echo "Fashion-MNIST, conv 16 3x3 relu same, maxpool 2x2, conv 32 3x3 relu same, maxpool 2x2, dense 128 relu, dense 10 softmax, Adam, batch 64, $cnn_epochs epochs"
echo
echo "| peer                               | last epoch s | best epoch s | test acc | peak MB |"
echo "|------------------------------------|----------|----------|--------|--------|"
run "Neurona (2 threads)" "${neurona[@]}" dev.neurona.bench.CnnEpochs "$data" "$cnn_epochs" 2
run "PyTorch (2 threads)" "$python" "$here/torch_cnn.py" "$data" "$cnn_epochs" 2
run "PyTorch (2 threads, denormals flushed)" "$python" "$here/torch_cnn.py" "$data" "$cnn_epochs" 2 flush
run "Neurona (1 thread)" "${neurona[@]}" dev.neurona.bench.CnnEpochs "$data" "$cnn_epochs" 1
run "PyTorch (1 thread)" "$python" "$here/torch_cnn.py" "$data" "$cnn_epochs" 1

echo
echo "Matmul GFLOP/s, the same shapes and inputs' sizes (Neurona and EJML from 'nn bench', OpenBLAS through numpy):"
echo
bench="$(mktemp)"
"$java" --add-modules jdk.incubator.vector -jar "$root/repl/target/neurona.jar" bench --threads 2 2>/dev/null >"$bench" || true
grep '^kernel\|^matmul' "$bench"
for t in 1 2; do
  OPENBLAS_NUM_THREADS=$t "$python" "$here/numpy_matmul.py"
done

echo
echo "How an epoch's cost grows: one Adam epoch on 60,000 random 28x28 images, 10 classes, the faster of"
echo "two after a warm-up epoch on a tenth of them ('nn bench' and torch_scaling.py), 2 threads each:"
echo
torch_scaling="$(mktemp)"
"$python" "$here/torch_scaling.py" 2 >"$torch_scaling" 2>/dev/null || true
echo "| model, batch              | Neurona s | PyTorch s | Neurona / PyTorch |"
echo "|---------------------------|-----------|-----------|-------------------|"
awk '
  function field(name,   i) { for (i = 2; i <= NF; i++) if (index($i, name "=") == 1) return substr($i, length(name) + 2) }
  $1 != "epoch" { next }
  { key = field("model") ", batch " field("batch") }
  FILENAME == ARGV[1] { order[++n] = key; ours[key] = field("seconds"); next }
  { theirs[key] = field("seconds") }
  END {
    if (n == 0) print "| nn bench printed no epoch lines |"
    for (i = 1; i <= n; i++) {
      k = order[i]
      if (k in theirs) printf "| %-25s | %9.3f | %9.3f | %17.2f |\n", k, ours[k], theirs[k], ours[k] / theirs[k]
      else printf "| %-25s | %9.3f | %9s | %17s |\n", k, ours[k], "failed", "-"
    }
  }' "$bench" "$torch_scaling"
rm -f "$bench" "$torch_scaling"
