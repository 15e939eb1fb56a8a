import math, sys
print(sys.maxsize == 2**63 - 1)
print("\n" == "\n")
print(math.pi == 3.141592653589793)
consts = {}
consts["APP_NAME"] = "crossapp"
print(consts["APP_NAME"])
print(consts["APP_NAME"])
print("NOT_DEFINED_ANYWHERE" in consts)
