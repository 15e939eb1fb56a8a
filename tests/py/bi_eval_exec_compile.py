# eval/exec with globals/locals dicts, compile modes, and the errors they raise.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}), eval(" 5 "))
g = {}
exec("a = 10\ndef f(n):\n    return n + a\n", g)
print(g["a"], g["f"](5), "__builtins__" in g)
l = {}
exec("b = 3", {}, l)
print(l)
print(eval("len([1, 2])", {"__builtins__": {"len": len}}))
code = compile("3 * 7", "<expr>", "eval")
print(eval(code), code.co_filename, type(code).__name__)
code2 = compile("for i in range(3): total = total + i", "<exec>", "exec")
scope = {"total": 0}
exec(code2, scope)
print(scope["total"])
print(exec("x = 1"), eval("None"))
for src, mode in [("1 +", "eval"), ("x = 1", "eval"), ("def", "exec")]:
    try:
        compile(src, "<bad>", mode)
        print("compiled", repr(src), mode)
    except SyntaxError as e:
        print("SyntaxError", repr(src), mode, e.msg, e.lineno)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
def scope_test():
    local_var = "local"
    return eval("local_var"), eval("local_var + '!'", None, {"local_var": "override"})
print(scope_test())
print(eval(b"2 ** 10"), eval("[i for i in range(3)]"), eval("lambda q: q + 1")(1), exec("", {}))
src = "result = sum(values)"
env = {"values": [1, 2, 3]}
exec(src, env)
print(env["result"], sorted(k for k in env if k != "__builtins__"))
