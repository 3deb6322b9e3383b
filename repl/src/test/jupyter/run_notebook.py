"""Runs a notebook on the neurona kernel with nbclient and checks its outputs.

usage: run_notebook.py NOTEBOOK [OUTPUT]
Checks: print, evaluate and explain come back as text/html tables with a text/plain twin and the
same figures in both; training is one display updated in place; a plot comes back as image/png;
and the last cell's error names its line and column after the statement before it ran.
"""
import os
import re
import sys
import nbformat
from nbclient import NotebookClient

source, target = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]
nb = nbformat.read(source, as_version=4)
for cell in nb.cells:
    if cell.cell_type == "code":
        cell.outputs = []
        cell.execution_count = None
        cell.metadata.pop("execution", None)
client = NotebookClient(nb, kernel_name="neurona", timeout=300, allow_errors=True, record_timing=False,
                        resources={"metadata": {"path": os.path.dirname(source) or "."}})
client.execute()

code = [c for c in nb.cells if c.cell_type == "code"]
def texts(cell):
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
def tables(cell):
    return [o.data for o in cell.outputs
            if o.output_type in ("display_data", "execute_result") and "text/html" in o.get("data", {})]
problems = []

def table(index, what, *expected):
    """The cell's one HTML table output, checked to hold a <table>, a text/plain twin and each expected string."""
    found = tables(code[index])
    if len(found) != 1:
        problems.append("cell %d: not one text/html output for %s: %s" % (index + 1, what, [dict(o) for o in code[index].outputs]))
        return None
    html, plain = found[0]["text/html"], found[0].get("text/plain", "")
    if "<table" not in html:
        problems.append("cell %d: no <table> in the HTML of %s:\n%s" % (index + 1, what, html))
    if not plain.strip():
        problems.append("cell %d: no text/plain twin for %s" % (index + 1, what))
    for text in expected:
        if text not in html:
            problems.append("cell %d: %r is not in the HTML of %s:\n%s" % (index + 1, text, what, html))
    return html, plain

data = table(0, "print students", "<caption>2 classes</caption>", "<td>fail</td>", ">164</td>", ">236</td>",
             "data students: 400 rows × 7 features, classification", "first rows (after preprocessing)")
if data and "fail    164    41.0%" not in data[1]:
    problems.append("cell 1: the text twin is not the class table as the REPL prints it:\n" + data[1])
progress = [o for o in code[1].outputs if o.output_type == "display_data"]
if len(progress) != 1 or not progress[0].data["text/plain"].startswith("trained advisor: epoch 20/20"):
    problems.append("cell 2: not one training display, updated to its end: %s" % [dict(o) for o in code[1].outputs])
if "epoch 1/20" in texts(code[1]):
    problems.append("cell 2: epoch lines printed beside the display")
evaluation = table(2, "evaluate", "evaluate advisor on students.test (80 rows)", "<th>precision</th>",
                   "confusion matrix (rows: true class, columns: predicted)")
if evaluation:
    figures = re.match(r"evaluate .*\nloss (\d\.\d{4})  accuracy (\d\.\d{4})\n", evaluation[1])
    if not figures:
        problems.append("cell 3: no loss and accuracy in the text twin:\n" + evaluation[1])
    elif "loss %s, accuracy %s" % figures.groups() not in evaluation[0]:
        problems.append("cell 3: the HTML does not carry the text's loss %s and accuracy %s" % figures.groups())
table(3, "explain", "What each layer does:", "dense1 (dense 16 relu): 7 → 16, 128 parameters", "Next steps:")
images = [o for o in code[4].outputs if o.output_type == "display_data" and "image/png" in o.get("data", {})]
if not images:
    problems.append("cell 5: no image/png among %s" % [o.output_type for o in code[4].outputs])
errors = [o for o in code[6].outputs if o.output_type == "error"]
if not errors or ":2:7:" not in errors[0].evalue:
    problems.append("cell 7: no error at line 2, column 7: %s" % [dict(o) for o in code[6].outputs])
elif not any(t.get("text/plain", "").startswith("model advisor") for t in tables(code[6])):
    problems.append("cell 7: the statement before the error did not run")
elif not any("^" in line for line in errors[0].traceback):
    problems.append("cell 7: the error shows no caret under its line: %s" % errors[0].traceback)
for cell in code:
    for o in cell.outputs:
        if o.output_type == "error":
            print("error in cell: %s: %s" % (o.ename, o.evalue))
            print("\n".join(o.traceback))
        elif o.output_type == "stream":
            print(o.text, end="")
        elif o.output_type in ("display_data", "execute_result"):
            kinds = ", ".join(sorted(o.data))
            if "image/png" in o.data:
                print("[%s %s, %d base64 chars] %s" % (o.output_type, kinds, len(o.data["image/png"]), o.data["text/plain"]))
            elif "text/html" in o.data:
                print("[%s %s]\n%s%s" % (o.output_type, kinds, o.data["text/html"], o.data["text/plain"]))
            else:
                print("[%s %s] %s" % (o.output_type, kinds, o.data["text/plain"]))
nbformat.write(nb, target)
if problems:
    print("\nFAILED:\n" + "\n".join(problems))
    sys.exit(1)
print("\nthe notebook ran: tables (text/html and text/plain), a plot (image/png), an error with its line and column")
