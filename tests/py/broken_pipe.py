# A standard stream whose reader went away: print() and sys.stdout.write/flush raise
# BrokenPipeError (SIGPIPE is ignored, as CPython ignores it), the exit's flush reports
# "Exception ignored" and the status is 120. Each child waits for its stdout to be closed first.
import os
import subprocess
import sys

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def run(code):
    p = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    p.stdout.close()
    p.stdin.write(b"go\n")
    p.stdin.close()
    err = p.stderr.read().decode()
    p.stderr.close()
    print("status", p.wait())
    print(err, end="")


run("import sys\nsys.stdin.readline()\nfor i in range(100000):\n    print('x' * 100)\n")
run("import sys\nsys.stdin.readline()\nprint('only line')\n")
run("import sys\nsys.stdin.readline()\nsys.stdout.write('x')\n"
    "try:\n    sys.stdout.flush()\nexcept BrokenPipeError as e:\n"
    "    print('caught', type(e).__name__, e.errno, file=sys.stderr)\n")
run("import sys\nsys.stdin.readline()\nprint('x')\nraise SystemExit(3)\n")
