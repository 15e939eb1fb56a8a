from imp_circ.c import C
D = "d"
