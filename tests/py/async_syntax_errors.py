# Compile-time errors of async code, as SyntaxError messages and lines.
cases = {
    "await in def": "def f():\n    await x\n",
    "await at module": "x = 1\nawait x\n",
    "async for in def": "def f():\n    async for x in y:\n        pass\n",
    "async with in def": "def f():\n    async with y:\n        pass\n",
    "yield from in async": "async def f():\n    yield from x\n",
    "return value in async gen": "async def f():\n    yield 1\n    return 2\n",
    "async comp in def": "def f():\n    return [x async for x in y]\n",
    "await in lambda": "async def f():\n    g = lambda: await x\n",
    "ok: async genexp in def": "def f():\n    return (x async for x in y)\n",
    "ok: bare return in async gen": "async def f():\n    yield 1\n    return\n",
    "ok: await in nested comp": "async def f():\n    return [[await g(x) for x in y] for y in z]\n",
}
for name, src in cases.items():
    try:
        compile(src, "<case>", "exec")
        print(f"{name}: compiles")
    except SyntaxError as e:
        print(f"{name}: {e.msg} (line {e.lineno})")
