class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

with Ctx("a") as v:
    print("inside", v)

with Ctx("b", swallow=True):
    raise ValueError("boom")
print("after b")

try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

def early():
    with Ctx("d") as v, Ctx("e") as w:
        return v + w
print(early())

for i in range(3):
    with Ctx(str(i)):
        if i == 1:
            continue
        print("loop", i)
