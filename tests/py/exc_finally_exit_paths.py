# finally on every exit path of a function: normal fall-through, return, exception, a
# generator's close, and a loop's break/continue, plus the value of a variable modified in
# finally after return already captured it.
log = []

def paths(kind):
    try:
        if kind == "return":
            return "r"
        if kind == "raise":
            raise ValueError(kind)
        if kind == "exit":
            raise SystemExit(kind)
        log.append("fell through")
    finally:
        log.append("finally " + kind)

for kind in ("normal", "return", "raise", "exit"):
    log.clear()
    try:
        r = paths(kind)
    except BaseException as e:
        r = "%s(%s)" % (type(e).__name__, e)
    print(kind, r, log)

def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        log.append("n in finally %d" % n)
log.clear()
print(counter(), log)

def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")
log.clear()
g = gen()
next(g)
g.close()
print(log)

def loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out
print(loop())
def nested_return():
    for i in range(3):
        try:
            try:
                return i
            finally:
                log.append("inner %d" % i)
        finally:
            log.append("outer %d" % i)
log.clear()
print(nested_return(), log)
