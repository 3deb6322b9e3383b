import os, pty, time, select, sys
pid, fd = pty.fork()
if pid == 0:
    os.environ["NN_DATA_MIRROR"] = "http://127.0.0.1:18765/"
    os.execv("/work/wt/cli/nn", ["nn", "data", "get", "mnist", "--dir", "/tmp/lx/dd2"])
out = b""; t0 = time.time(); sent = False
while time.time() - t0 < 20:
    r, _, _ = select.select([fd], [], [], 0.05)
    if r:
        try: data = os.read(fd, 4096)
        except OSError: break
        if not data: break
        out += data
    if not sent and time.time() - t0 > 2.5:
        print("before Ctrl-C:", os.listdir("/tmp/lx/dd2/mnist")); os.write(fd, b"\x03"); sent = True
_, status = os.waitpid(pid, 0)
print("exit", os.waitstatus_to_exitcode(status), "after", round(time.time() - t0, 1), "s")
print(out.decode(errors="replace"))
print("after:", os.listdir("/tmp/lx/dd2/mnist"))
