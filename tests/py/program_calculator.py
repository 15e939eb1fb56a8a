# A small expression evaluator: tokenizer, recursive-descent parser, AST classes, errors.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

class CalcError(Exception):
    pass

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(Token("num", float(num) if "." in num else int(num)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(Token("name", text[i:j]))
            i = j
        elif c in "+-*/()^,":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("end", None))
    return tokens

class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise CalcError(f"unknown variable {self.name}") from None
class BinOp:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env):
        return BinOp.ops[self.op](self.l.eval(env), self.r.eval(env))
class Call:
    def __init__(self, fn, args): self.fn, self.args = fn, args
    def eval(self, env):
        f = FUNCS.get(self.fn)
        if f is None:
            raise CalcError(f"unknown function {self.fn}")
        return f(*[a.eval(env) for a in self.args])

FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}

class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self): return self.tokens[self.pos]
    def take(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t
    def expect(self, value):
        t = self.take()
        if t.value != value:
            raise CalcError(f"expected {value!r}, got {t.value!r}")
    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            node = BinOp(self.take().value, node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.peek().value in ("*", "/"):
            node = BinOp(self.take().value, node, self.power())
        return node
    def power(self):
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return BinOp("^", base, self.power())
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(t.value)
        if t.kind == "name":
            if self.peek().value == "(":
                self.take()
                args = [] if self.peek().value == ")" else [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.expect(")")
                return Call(t.value, args)
            return Var(t.value)
        if t.value == "(":
            e = self.expr()
            self.expect(")")
            return e
        if t.value == "-":
            return BinOp("-", Num(0), self.atom())
        raise CalcError(f"unexpected token {t!r}")

def calc(text, env={"x": 3, "pi": 3.14159}):
    try:
        return Parser(tokenize(text)).expr().eval(env)
    except CalcError as e:
        return f"error: {e}"
    except ZeroDivisionError as e:
        return f"math error: {e}"

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * pi", "max(1, x, 2) + abs(-4)",
            "sum(1, 2, 3) / 4", "10 / (x - 3)", "y + 1", "3 $ 4", "(1 + 2", "-x + 10", "2 ^ 100"]:
    print(f"{src:>24} = {calc(src)}")
print(tokenize("a+1")[:2])
