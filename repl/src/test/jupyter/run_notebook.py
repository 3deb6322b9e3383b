"""Runs a notebook on the neurona kernel with nbclient and checks its outputs.

usage: run_notebook.py NOTEBOOK [OUTPUT]
Checks: tables are printed, training is one display updated in place, a plot comes back as
image/png, and the last cell's error names its line and column after the statement before it ran.
"""
import sys
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

source, target = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else sys.argv[1]
nb = nbformat.read(source, as_version=4)
for cell in nb.cells:
    if cell.cell_type == "code":
        cell.outputs = []
        cell.execution_count = None
client = NotebookClient(nb, kernel_name="neurona", timeout=300, allow_errors=True,
                        resources={"metadata": {"path": __import__("os").path.dirname(source) or "."}})
client.execute()

code = [c for c in nb.cells if c.cell_type == "code"]
def texts(cell):
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
problems = []
if "class   rows   share" not in texts(code[0]) and " class " not in texts(code[0]):
    problems.append("cell 1: no table of classes in:\n" + texts(code[0]))
progress = [o for o in code[1].outputs if o.output_type == "display_data"]
if len(progress) != 1 or not progress[0].data["text/plain"].startswith("trained advisor: epoch 20/20"):
    problems.append("cell 2: not one training display, updated to its end: %s" % [dict(o) for o in code[1].outputs])
if "epoch 1/20" in texts(code[1]):
    problems.append("cell 2: epoch lines printed beside the display")
if "accuracy" not in texts(code[2]):
    problems.append("cell 3: no evaluation table in:\n" + texts(code[2]))
images = [o for o in code[3].outputs if o.output_type == "display_data" and "image/png" in o.get("data", {})]
if not images:
    problems.append("cell 4: no image/png among %s" % [o.output_type for o in code[3].outputs])
errors = [o for o in code[5].outputs if o.output_type == "error"]
if not errors or ":2:7:" not in errors[0].evalue:
    problems.append("cell 6: no error at line 2, column 7: %s" % [dict(o) for o in code[5].outputs])
elif "model advisor" not in texts(code[5]):
    problems.append("cell 6: the statement before the error did not run")
for cell in code:
    for o in cell.outputs:
        if o.output_type == "error":
            print("error in cell: %s: %s" % (o.ename, o.evalue))
            print("\n".join(o.traceback))
        elif o.output_type == "stream":
            print(o.text, end="")
        elif o.output_type == "display_data":
            if "image/png" in o.data:
                print("[display_data image/png, %d base64 chars] %s" % (len(o.data["image/png"]), o.data["text/plain"]))
            else:
                print("[display_data] %s" % o.data["text/plain"])
        elif o.output_type == "execute_result":
            print("[execute_result] %s" % o.data.get("text/plain"))
nbformat.write(nb, target)
if problems:
    print("\nFAILED:\n" + "\n".join(problems))
    sys.exit(1)
print("\nthe notebook ran: a table, a plot (image/png), an error with its line and column")
