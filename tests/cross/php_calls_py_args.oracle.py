def describe(a, b, c, d, e):
    return '%r %r %r %r %r' % (a, b, c, d, e)
def add(x, y): return x + y
def echo(v):
    # PHP's echo of a float prints the shortest repr without a trailing .0
    if isinstance(v, float) and v == int(v): v = int(v)
    print(v)
echo(describe(1, 2.5, True, None, "txt"))
echo(describe(-7, 0.0, False, 3, ""))
echo(add(40, 2))
echo(add(1.5, 2.25))
echo(add("ab", "cd"))
