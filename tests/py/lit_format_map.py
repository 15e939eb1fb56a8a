# str.format_map with dict subclasses and __missing__; vformat-like behaviour.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "Ann", "age": 5}))
print("{name} is {unknown}".format_map(Default(name="Bob")))
print("{a[0]} {a[1]:>3}".format_map({"a": [1, 2]}))
class Tracker:
    def __init__(self):
        self.seen = []
    def __getitem__(self, key):
        self.seen.append(key)
        return key.upper()
t = Tracker()
print("{x} {y} {x}".format_map(t), t.seen)
try:
    "{0}".format_map({})
except (ValueError, KeyError) as e:
    print(type(e).__name__, e)
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({"": 1})
except ValueError as e:
    print("ValueError", e)
print("{x!r:>6}".format_map({"x": "q"}), "plain".format_map({}))
try:
    "{x}".format_map(42)
except TypeError as e:
    print("TypeError", e)
