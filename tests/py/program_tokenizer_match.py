# An expression tokenizer written as a generator and a Pratt parser using match statements on
# token tuples; evaluation with a small environment, errors reported with positions.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%()^,=]))")

def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"bad character {text[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            yield ("num", float(num) if "." in num else int(num), m.start(1))
        elif name:
            yield ("name", name, m.start(2))
        else:
            yield ("op", op, m.start(3))
        pos = m.end()
    yield ("end", None, pos)

PREC = {"=": 1, "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30}

class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0
    def peek(self):
        return self.tokens[self.i]
    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok
    def expr(self, rbp=0):
        left = self.prefix(self.next())
        while True:
            match self.peek():
                case ("op", op, _) if op in PREC and PREC[op] > rbp:
                    self.next()
                    right = self.expr(PREC[op] - (1 if op in ("**", "=") else 0))
                    left = (op, left, right)
                case _:
                    return left
    def prefix(self, tok):
        match tok:
            case ("num", value, _):
                return value
            case ("name", name, _) if self.peek()[:2] == ("op", "("):
                self.next()
                args = []
                if self.peek()[:2] != ("op", ")"):
                    args.append(self.expr())
                    while self.peek()[:2] == ("op", ","):
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return ("call", name, args)
            case ("name", name, _):
                return ("var", name)
            case ("op", "-", _):
                return ("neg", self.expr(25))
            case ("op", "(", _):
                inner = self.expr()
                self.expect(")")
                return inner
            case (kind, value, pos):
                raise SyntaxError(f"unexpected {kind} {value!r} at {pos}")
    def expect(self, op):
        match self.next():
            case ("op", o, _) if o == op:
                pass
            case (_, value, pos):
                raise SyntaxError(f"expected {op!r} at {pos}, got {value!r}")

FUNCS = {"max": max, "min": min, "abs": abs}

def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case ("neg", x):
            return -evaluate(x, env)
        case ("=", ("var", name), value):
            env[name] = evaluate(value, env)
            return env[name]
        case ("call", fname, args):
            return FUNCS[fname](*(evaluate(a, env) for a in args))
        case (op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            match op:
                case "+": return x + y
                case "-": return x - y
                case "*": return x * y
                case "/": return x / y
                case "%": return x % y
                case "**": return x ** y

env = {}
for line in ["x = 3", "y = x * 2 + 1", "2 ** 3 ** 2", "-(x + y) * 2", "max(x, y, 10) % 4",
             "a = b = 5", "a + b / 2", "abs(-7.5) + min(1, 2)", "z + 1", "3 + * 4", "(1 + 2", "4 $ 2", "7 / (x - 3)"]:
    try:
        tree = Parser(line).expr()
        print(f"{line:22} => {evaluate(tree, env)!r:8} {tree}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:22} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
