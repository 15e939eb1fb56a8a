print("a: start")
A_EARLY = "early"
from imp_circ import b
print("a: b.B_VALUE =", b.B_VALUE)
A_LATE = "late"
print("a: end")
