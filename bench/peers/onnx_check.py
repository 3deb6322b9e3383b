"""Checks a Neurona ONNX export the way other tools will read it.

    python onnx_check.py FILE.onnx

1. onnx.checker.check_model(full_check=True): the graph is valid, every operator exists at the
   declared opset, and shape inference agrees with the declared input and output shapes.
2. onnxruntime runs it on 1 and on 64 seeded random raw rows (numbers in 0..255, texts drawn from
   each text column's categories, as listed in the graph's LabelEncoder), and the outputs are
   finite, of the declared width, and for classification each row's probabilities add up to 1.
Prints what it found; exits 1 when a check fails.
"""
import json
import sys

import numpy as np
import onnx
import onnxruntime as ort


def categories(model):
    """Each text column's categories, in column order, from the graph's LabelEncoders."""
    found = []
    for node in model.graph.node:
        if node.op_type == "LabelEncoder":
            keys = next(a for a in node.attribute if a.name == "keys_strings")
            found.append([k.decode() for k in keys.strings])
    return found


def raw_rows(model, rows, random):
    feeds = {}
    texts = categories(model)
    for value in model.graph.input:
        width = value.type.tensor_type.shape.dim[1].dim_value
        if value.type.tensor_type.elem_type == onnx.TensorProto.STRING:
            feeds[value.name] = np.array([[random.choice(texts[j]) for j in range(width)] for _ in range(rows)], dtype=object)
        else:
            feeds[value.name] = random.uniform(0, 255, size=(rows, width)).astype(np.float32)
    return feeds


def main(path):
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    opsets = ", ".join(f"{o.domain or 'ai.onnx'} {o.version}" for o in model.opset_import)
    print(f"{path}: onnx.checker.check_model(full_check=True) passed (onnx {onnx.__version__}); "
          f"IR {model.ir_version}, opsets {opsets}, {len(model.graph.node)} nodes")
    metadata = {p.key: p.value for p in model.metadata_props}
    print("metadata:", {k: (v if len(v) < 80 else v[:77] + "...") for k, v in metadata.items()})
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    output = session.get_outputs()[0]
    random = np.random.default_rng(7)
    ok = True
    for rows in (1, 64):
        (result,) = session.run([output.name], raw_rows(model, rows, random))
        line = f"onnxruntime {ort.__version__}, {rows} rows: {output.name} {list(result.shape)}"
        ok &= bool(np.all(np.isfinite(result))) and result.shape == (rows, output.shape[1])
        if metadata.get("task") == "classification" and result.shape[1] > 1:
            sums = result.sum(axis=1)
            line += f", probabilities add up to 1 within {np.abs(sums - 1).max():.1e}"
            ok &= bool(np.abs(sums - 1).max() < 1e-5)
            classes = json.loads(metadata["classes"])
            line += f", first row picks '{classes[int(result[0].argmax())]}'"
        print(line)
    if not ok:
        print("FAILED: outputs not finite, of the wrong shape, or not adding up to 1", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
