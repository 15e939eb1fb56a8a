# warnings printed to stderr in CPython's format, with their source lines.
import warnings
warnings.warn("plain")
def f():
    warnings.warn("dep", DeprecationWarning, stacklevel=2)
f()
warnings.warn("again", RuntimeWarning)
