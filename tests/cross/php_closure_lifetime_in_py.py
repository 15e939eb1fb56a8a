# PHP closures created in a PHP function outlive it when Python keeps them; captured state persists.
make = compile_php_func("""
function make($prefix) {
    $n = 0;
    return function ($s) use ($prefix, &$n) { $n++; return "$prefix#$n:$s"; };
}
""")
saved = [make("a"), make("b")]
for s in ["x", "y", "z"]:
    for f in saved:
        print(f(s))
registry = {"log": make("log")}
del saved
print(registry["log"]("kept"), registry["log"]("alive"))
