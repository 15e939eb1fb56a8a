print("b: start")
import sys
import imp_circ.a
from imp_circ.a import A_EARLY
partial = sys.modules["imp_circ.a"]
print("b: sees partial a:", A_EARLY, hasattr(partial, "A_LATE"), hasattr(imp_circ, "a"))
B_VALUE = "bee"
print("b: end")
