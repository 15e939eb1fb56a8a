import sys
print("before exit", file=sys.stdout)
sys.stderr.write("to stderr\n")
sys.exit(3)
