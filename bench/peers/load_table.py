"""Loads a CSV table as a training set with one peer: read the file, take the numeric columns as a
float32 matrix, standardise it (mean 0, population standard deviation 1), encode the last column
(text) as class codes. Prints the library version, load seconds and the matrix's shape; run it
under /usr/bin/time -v for the whole process's peak resident memory.

Usage: load_table.py pandas-c|pandas-pyarrow|polars FILE.csv
"""
import sys
import time


def pandas_load(path, engine):
    import pandas as pd
    frame = pd.read_csv(path, engine=engine)
    label = frame.columns[-1]
    x = frame.drop(columns=[label]).to_numpy(dtype="float32")
    y = frame[label].astype("category").cat.codes.to_numpy()
    return pd.__version__, x, y


def polars_load(path):
    import polars as pl
    frame = pl.read_csv(path)
    label = frame.columns[-1]
    x = frame.drop(label).to_numpy().astype("float32", copy=False)
    y = frame[label].cast(pl.Categorical).to_physical().to_numpy()
    return pl.__version__, x, y


def main():
    peer, path = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    if peer == "polars":
        version, x, y = polars_load(path)
    elif peer in ("pandas-c", "pandas-pyarrow"):
        version, x, y = pandas_load(path, peer.split("-")[1])
    else:
        sys.exit(f"unknown peer {peer!r}: pandas-c, pandas-pyarrow or polars")
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    seconds = time.perf_counter() - start
    print(f"peer {peer} {version}")
    print(f"load_seconds {seconds:.3f}")
    print(f"shape {x.shape[0]}x{x.shape[1]} classes {int(y.max()) + 1}")


if __name__ == "__main__":
    main()
