# stdout of both languages interleaves in program order when Python runs the program.
e = compile_php_func("function e($s) { echo $s; }")
for i in range(4):
    print("py", i, end=" | ", flush=False)
    e(f"php {i}\n")
e("no newline then ")
print("python")
