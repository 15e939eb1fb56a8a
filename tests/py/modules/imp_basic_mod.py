# Helper for tests/py/import_basic.py: prints once, however often it is imported.
print("imp_basic_mod: running as", __name__)
counter = 0
VALUE = 42


def bump():
    global counter
    counter += 1
    return counter


class Thing:
    def __repr__(self):
        return "Thing from " + __name__


_private = "hidden"

if __name__ == "__main__":
    print("never printed: imported, not run")
