# f-strings: nested expressions, nested format specs, quotes, braces.
x, y, name = 10, 3.14159, "world"
print(f"{x}", f"{x + 1}", f"{x * 2:>5}", f"{name!r}", f"{name.upper()}", f"{{x}}", f"{{{x}}}")
width, prec = 10, 3
print(f"[{y:{width}.{prec}f}]", f"[{y:{'>' if x else '<'}{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{'nested' + f'{x}'}", f"{f'{x}'}", f"""{f'{f"{x}"}'}""")
d = {"a": 1, "b": [1, 2, 3]}
print(f"{d['a']}", f"{d['b'][1:]}", f"{len(d)}", f'{d["b"][-1]}', f"{ {'k': 'v'}['k'] }")
print(f"{(lambda q: q * 2)(4)}", f"{[i * i for i in range(4)]}", f"{(1, 2)}", f"{x if x > 5 else 0}")
print(f"{x:#x}", f"{x:08b}", f"{x:,}", f"{10**6:_}", f"{-x:+}", f"{x!s:>4}")
print(f"a" f"b" "c" f"{x}", F"upper {x}", rf"\n{x}", fR"\t{x}")
print(f"""triple {x}
{name}""")
print(f"{x}" "{not formatted}", f"{'a' 'b'}", f"{3:{'0'}{4}}")
obj = type("O", (), {"attr": 5, "__format__": lambda self, spec: "fmt<" + spec + ">"})()
print(f"{obj}", f"{obj:xyz}", f"{obj:{x}}", f"{obj.attr}")
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{y=:.2f}", f"{name = !r:>10}")
for src in ['f"{}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{x!}"', 'f"{ }"']:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
print(f"{x:{'>'}{'1'}{'0'}}|", f"{3.5:{'.'}{1}f}", f"{-0.0:z.1f}" if False else "z")
