# impb_pkg.sub.leaf: a leaf module with no __all__ (star import takes public names).
LEAF = "leaf"
_hidden = "hidden"
def leaf_func():
    return "leaf_func"
