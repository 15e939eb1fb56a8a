from .consts import SCALE


def helper(x):
    return x * SCALE
