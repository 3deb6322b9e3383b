"""Writes samples/notebooks/students.ipynb without outputs; run_notebook.py fills them in."""
import sys
import nbformat

cells = [
    ("markdown", "# A first practical model: will a student pass?\n\n"
                 "Cells hold `.nn` statements and Java snippets; names stay from cell to cell."),
    ("code", "seed 11\n"
             "data students = csv(\"../data/students.csv\") {\n"
             "  target result\n"
             "  normalize standard\n"
             "  split train 80%, test 20%\n"
             "}\n"
             "print students"),
    ("code", "model advisor {\n  input students\n  dense 16 relu\n  dense 1 sigmoid\n}\n"
             "train advisor on students.train {\n  optimizer adam(lr=0.01)\n  epochs 20\n  batch 16\n  validate 10%\n}"),
    ("code", "evaluate advisor on students.test"),
    ("code", "plot advisor curves"),
    ("code", "advisor.parameterCount()"),
    ("markdown", "A mistake is reported with its line and column in the cell:"),
    ("code", "print advisor\ntrain advsor on students.train { epochs 5 }"),
]
nb = nbformat.v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "neurona", "display_name": "Neurona (.nn)", "language": "nn"}
nb.metadata["language_info"] = {"name": "nn", "file_extension": ".nn"}
for kind, text in cells:
    nb.cells.append(nbformat.v4.new_markdown_cell(text) if kind == "markdown" else nbformat.v4.new_code_cell(text))
nbformat.write(nb, sys.argv[1])
