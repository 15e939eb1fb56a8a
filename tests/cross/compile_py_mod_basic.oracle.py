import sys, types
def compile_py_mod(name, src):
    m = types.ModuleType(name)
    sys.modules[name] = m
    exec(src, m.__dict__)
    return m
m = compile_py_mod("geometry", '''SIDES = {"triangle": 3, "square": 4}
def sides(name):
    return SIDES.get(name, 0)
''')
print(m.sides("square"), m.sides("circle"))
def user():
    import geometry
    return geometry.sides('triangle') * 10
print(user())
import geometry as again
print(again.sides("triangle"))
