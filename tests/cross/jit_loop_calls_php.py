# Loops calling across the languages under the JIT (issue 8): a Python loop calling small PHP
# functions whose ints and floats cross as themselves, so its trace inlines them; a branch of the
# PHP function that changes after the trace was recorded (its guard fails inside the inlined PHP
# frame, which deoptimization rebuilds); an exception thrown inside the inlined callee. The
# oracle is the same program in Python alone (PHP's intdiv-free $x * 3 + 1 and $x / 2.0).
f = compile_php_func("function f($x) { if ($x < 300) return $x * 3 + 1; return $x / 2.0; }")
def sum_f():
    s = 0
    for i in range(600):
        s += f(i)
    return s
print(sum_f())
g = compile_php_func("function g($x) { if ($x == 500) throw new Exception('five hundred'); return $x; }")
def sum_g():
    t = i = 0
    try:
        for i in range(1000):
            t += g(i)
    except Exception as e:
        print(type(e).__name__ in ("PHPException", "Exception"), str(e))
    return t, i
print(*sum_g())
