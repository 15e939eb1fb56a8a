# Python values that go through PHP and back come back as themselves: generators, classes, functions,
# dicts, lists, tuples; a PHP generator that went through Python is consumed by PHP as itself.
back = compile_php_func("function back($v) { return $v; }")
def gen():
    yield 1
g = gen()
class C:
    pass
print(back(g) is g, back(C) is C, back(gen) is gen, back(back) is back)
d = {"k": [1, 2]}
t = (1, "two")
print(back(d) is d, back(d["k"]) is d["k"], back(t) is t)
pg = compile_php_func("function pg() { yield 1; yield 2; }")()
print(back(pg) is pg)
consume = compile_php_func("function consume($it) { $s = 0; foreach ($it as $v) $s += $v; return $s; }")
print(consume(pg))
