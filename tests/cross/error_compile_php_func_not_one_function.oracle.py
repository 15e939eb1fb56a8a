class BridgeError(Exception):
    pass
def compile_defs(defs):
    if len(defs) != 1:
        raise BridgeError("must define exactly one function")
    return defs[0]
for src in [[], [lambda: None, lambda: None], [lambda: 'ok']]:
    try:
        f = compile_defs(src)
        print("compiled:", f())
    except BridgeError:
        print("BridgeError")
