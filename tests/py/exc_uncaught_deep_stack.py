# An uncaught exception raised several calls deep, through a method, a lambda and a
# comprehension: the traceback lists every frame, the program exits with status 1.
class Parser:
    def __init__(self, text):
        self.text = text

    def numbers(self):
        return [self.convert(tok) for tok in self.text.split(",")]

    def convert(self, tok):
        return (lambda t: int(t.strip()))(tok)

def total(text):
    return sum(Parser(text).numbers())

print(total("1, 2, 3"))
print(total("4, five, 6"))
print("not reached")
