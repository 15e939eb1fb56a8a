# add_note and __notes__: validation, notes on groups, split parts getting their own copies.
e = ValueError("bad input")
print(hasattr(e, "__notes__"))
e.add_note("while parsing line 3")
e.add_note("in file config.ini")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = ("frozen",)
try:
    e.add_note("more")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        try:
            value = record[field]
            if field == "age" and not isinstance(value, int):
                raise TypeError(f"age must be int, got {type(value).__name__}")
            if field == "email" and "@" not in value:
                raise ValueError(f"invalid email {value!r}")
        except (KeyError, TypeError, ValueError) as ex:
            ex.add_note(f"field: {field}")
            errors.append(ex)
    if errors:
        eg = ExceptionGroup(f"record {record.get('id')} invalid", errors)
        eg.add_note("validation stage")
        raise eg

try:
    validate({"id": 7, "age": "old", "email": "nope"})
except* KeyError as g:
    print("missing:", [(repr(x), x.__notes__) for x in g.exceptions], g.__notes__)
except* (TypeError, ValueError) as g:
    print("bad:", [(repr(x), x.__notes__) for x in g.exceptions], g.__notes__)

eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("shared")
m, r = eg.split(ValueError)
m.add_note("only on match")
print(eg.__notes__, m.__notes__, r.__notes__)
print(m.__notes__ is eg.__notes__)
