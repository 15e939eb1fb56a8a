# Helper for tests/py/import_errors.py: fails half-way, so it must not stay in sys.modules.
print("imp_raises: before")
HALF = 1


def boom(n):
    return 10 // n


boom(0)
print("imp_raises: never")
