# The match statement: every pattern kind.
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(x, y, z=1):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, True: _, None: _, -1: _, 1+2j: _, a.b: _}:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as x:
        pass
    case -1 | 1.5 | -1.5 - 2j | 0j | "s" | b"b" | "a" "b":
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case [*_]:
        pass
    case (a, b, *c):
        pass
    case ():
        pass
    case []:
        pass
    case (x,):
        pass
    case (x):
        pass
    case {}:
        pass
    case _ if x > 1:
        pass
    case x if (y := x):
        pass
    case _:
        pass
match x, y:
    case a, b:
        pass
match *a, b:
    case [*_]:
        pass
match (x):
    case str() | bytes():
        pass
match = 1
match.x = 2
match(x)
case = 3
_ = 4
match [1]:
    case [1, 2,]:
        pass
