# Unbounded recursion that nobody catches ends the program with RecursionError and exit status 1.
def walk(node):
    return walk(node + 1) + 1

print("walking")
walk(0)
