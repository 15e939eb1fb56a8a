# Debian's enum module: Enum, IntEnum, Flag, auto, unique, functional API, members with __init__.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print([m.name for m in Color], Color.__members__.keys())

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), int(Num.TWO))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, (Perm.R | Perm.W).value, Perm.R in (Perm.R | Perm.X), bool(Perm(0)))

class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value)

@unique
class U(Enum):
    X = 1
    Y = 2
try:
    @unique
    class D(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.surface_gravity, 2))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
print(isinstance(Color.RED, Enum), type(Color.RED).__name__)
