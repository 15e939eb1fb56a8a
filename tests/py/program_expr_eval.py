# A tokenizer, a precedence-climbing parser and an evaluator for arithmetic with variables,
# functions and assignment, with error reporting by position.
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),=^]))")


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at column {pos + 1}")
        self.pos = pos


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r}", pos)
        num, name, op = m.groups()
        start = m.start(m.lastindex)
        if num:
            out.append(("num", float(num) if "." in num else int(num), start))
        elif name:
            out.append(("name", name, start))
        else:
            out.append(("op", "**" if op == "^" else op, start))
        pos = m.end()
    out.append(("end", None, len(src)))
    return out


BINARY = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "**": (4, "R")}


class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            want = value or kind
            raise ParseError(f"expected {want!r}, found {tok[1] if tok[1] is not None else 'end'!r}", tok[2])
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take("name")[1]
            self.take("op", "=")
            node = ("assign", name, self.expr(0))
        else:
            node = self.expr(0)
        self.take("end")
        return node

    def expr(self, min_prec):
        left = self.unary()
        while True:
            kind, op, _ = self.peek()
            if kind != "op" or op not in BINARY or BINARY[op][0] < min_prec:
                return left
            prec, assoc = BINARY[op]
            self.take()
            right = self.expr(prec + 1 if assoc == "L" else prec)
            left = ("bin", op, left, right)

    def unary(self):
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            return ("neg", self.expr(3)) if op == "-" else self.expr(3)
        return self.atom()

    def atom(self):
        kind, val, pos = self.peek()
        if kind == "num":
            self.take()
            return ("num", val)
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr(0))
                    while self.peek()[1] == ",":
                        self.take()
                        args.append(self.expr(0))
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if val == "(":
            self.take()
            inner = self.expr(0)
            self.take("op", ")")
            return inner
        raise ParseError(f"unexpected {val if val is not None else 'end'!r}", pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "gcd": math.gcd}


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if tag == "neg":
        return -evaluate(node[1], env)
    if tag == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if tag == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise NameError(f"unknown function {node[1]}")
        return fn(*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[2], env), evaluate(node[3], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
            "%": lambda: a % b, "**": lambda: a ** b}[node[1]]()


env = {}
for line in ["x = 3", "y = x ** 2 ** 2 - -4", "(x + y) * 2 / 4", "-2 ** 2", "2 ^ 10 % 1000",
             "gcd(84, 36) + max(1, y, 7)", "sqrt(16) + .5 + 1.", "x = x + 1", "z + 1",
             "3 +", "4 $ 5", "(1 + 2", "foo(1)", "10 / (x - 4)", "7 % -3", "min()"]:
    try:
        print(f"{line!r:28} -> {evaluate(Parser(tokenize(line)).statement(), env)!r}")
    except (ParseError, NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{line!r:28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
