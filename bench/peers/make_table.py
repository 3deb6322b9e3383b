"""Writes the synthetic table of issue 22: ROWS rows of 20 numeric columns x1..x20 and a text label.

Usage: make_table.py ROWS OUT.csv [SEED]

Seeded (numpy's PCG64), so the same ROWS and SEED give the same bytes. The numbers are normal
draws printed with up to 7 significant digits (some with an exponent, some with a leading '+'),
as a float32 export would print them; the label is one of five words, drawn from the features so
that a model can learn it. About 213 bytes a row (1,000,000 rows: 213 MB).
"""
import sys

import numpy as np

COLUMNS = 20
LABELS = np.array(["alpha", "bravo", "charlie", "delta", "echo"])
CHUNK = 100_000


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 22
    rng = np.random.default_rng(seed)
    weights = rng.standard_normal((COLUMNS, len(LABELS)))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join([f"x{i + 1}" for i in range(COLUMNS)] + ["label"]) + "\n")
        for start in range(0, rows, CHUNK):
            n = min(CHUNK, rows - start)
            x = rng.standard_normal((n, COLUMNS)).astype(np.float32)
            x[:, 3] *= 1e-4  # a column printed with exponents
            label = LABELS[np.argmax(x @ weights + rng.standard_normal((n, len(LABELS))), axis=1)]
            cells = np.char.mod("%.7g", x)
            cells[:, 5] = np.char.add("+", np.char.lstrip(cells[:, 5], "+"))  # leading '+', as some tools write
            cells[:, 5] = np.char.replace(cells[:, 5], "+-", "-")
            lines = [",".join(row) + "," + lab for row, lab in zip(cells.tolist(), label.tolist())]
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
