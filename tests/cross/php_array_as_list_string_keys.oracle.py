class BridgeError(Exception):
    pass
def as_list(d):
    if any(isinstance(k, str) for k in d):
        raise BridgeError("string keys")
    return list(d.values())
def use(a):
    try:
        as_list(a)
        return "listed"
    except BridgeError:
        return "refused"
print(use({"a": 1}))
print(use({0: 1, 1: 2}))
