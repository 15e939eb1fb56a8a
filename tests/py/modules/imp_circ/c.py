from imp_circ.d import D
C = "c"
