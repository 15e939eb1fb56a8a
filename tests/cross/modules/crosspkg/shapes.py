# Shapes with areas, for dotted-module imports from PHP.
import math

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def __repr__(self):
        return "Circle(%r)" % self.r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

def largest(shapes):
    # From PHP, shapes is an array view: iterate its values, not its keys.
    return max(shapes.values(), key=lambda s: s.area())
