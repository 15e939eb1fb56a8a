# Boolean operators return operands; short-circuit order; truthiness of custom containers.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last", "first" or 1 / 0, 0 and 1 / 0)
print(not 0, not "", not [0], (not None) + 1, True & False | True ^ False)
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), t(2) or t(3), t("") or t(None) or t("x"), log)
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(bool(Box([])), bool(Box([0])), Box([]) or "empty box", (Box([1]) and "full box"))
x = 5
print(0 < x < 10 and x % 2 == 1, x > 10 or x < 0, not (x == 5 and x != 5))
print([v for v in [0, 1, "", "a", None, [], [0]] if v], list(filter(bool, [0, 1.5, 0j, 2j])))
print(all([]) and not any([]), isinstance(True and 5, int), (False or 0.0) == 0)
