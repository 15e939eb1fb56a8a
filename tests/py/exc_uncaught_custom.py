# An uncaught custom exception ends the program: exit status 1 and the last traceback line
# "module.Class: message" style as CPython prints it (stdout is flushed first).
class ConfigError(Exception):
    pass

def load(path):
    print("loading", path)
    raise ConfigError("bad key 'x' in %s" % path)

print("start")
try:
    load("a.cfg")
except ConfigError as e:
    print("handled:", e)
load("b.cfg")
print("never printed")
