# A PHP generator that calls a Python callback for every item it yields.
seen = []
def note(v):
    seen.append(v)
    return v * 10
g = compile_php_func("""
function g($cb, $n) {
    for ($i = 1; $i <= $n; $i++) yield $cb($i);
}
""")
for v in g(note, 4):
    print(v, len(seen))
print(seen)
