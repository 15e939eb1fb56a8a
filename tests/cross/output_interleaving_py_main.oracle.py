def e(s): print(s, end="")
for i in range(4):
    print("py", i, end=" | ", flush=False)
    e(f"php {i}\n")
e("no newline then ")
print("python")
