# Python containers holding many PHP arrays, objects and closures across collections.
mk = compile_php_func("""
function mk($i) {
    $o = new stdClass;
    $o->i = $i;
    $o->tags = ["t$i", "u$i"];
    return [$o, fn($x) => $x + $i, ["k" => $i]];
}
""")
keep = []
for i in range(2000):
    o, f, arr = mk(i).values()
    if i % 50 == 0:
        keep.append((o, f, arr))
total = 0
for o, f, arr in keep:
    total += o.i + f(1) + arr["k"] + len(o.tags)
print(len(keep), total)
