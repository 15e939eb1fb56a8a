# A number run into a keyword ("0xfor x") is a SyntaxWarning from the tokenizer, issued only when
# the whole source compiles, and a SyntaxError (with its line and column) under an "error" filter;
# recorded warnings carry an instance of their category, as catch_warnings and assertWarns need.
import warnings

for src in ["0xfor x in ()", "1if x else y", "[0o7for x in ()]", "x = 1\ny = 9in z", "1jand x"]:
    mode = "exec" if "\n" in src or "=" in src else "eval"
    if src.startswith("["):
        mode = "eval"
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<case>", mode)
    print(repr(src), [(type(m.message).__name__, str(m.message), m.lineno) for m in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<case>", mode)
        except SyntaxError as e:
            print("  error:", e.msg, e.lineno, e.offset)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        compile("0xfor x in (\n", "<case>", "exec")
    except SyntaxError as e:
        print("syntax error first:", e.msg)
print("warnings after an error:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain text", UserWarning)
    warnings.warn_explicit("explicit", DeprecationWarning, "f.py", 3)
for m in w:
    print(type(m.message).__name__, m.message, m.category.__name__, isinstance(m.message, Warning))
