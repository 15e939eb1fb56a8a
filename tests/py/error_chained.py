class ConfigError(Exception):
    pass

def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise ConfigError(f"missing key {key!r}")

print(load("a"))
load("b")
