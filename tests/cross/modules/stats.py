# A small statistics module used by tests/cross programs (mean, median, stdev of a sequence).
def _seq(xs):
    # A PHP array arrives as a dict-like view: its values are the data.
    return list(xs.values()) if hasattr(xs, "values") else list(xs)

def mean(xs):
    xs = _seq(xs)
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(_seq(xs))
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def stdev(xs):
    xs = _seq(xs)
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5

def summary(xs):
    xs = _seq(xs)
    return {"n": len(xs), "mean": mean(xs), "median": median(xs), "min": min(xs), "max": max(xs)}
