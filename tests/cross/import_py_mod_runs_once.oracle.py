import sys
sys.path.insert(0, ".")
print("first import")
import modules.noisy as a
print("second import")
import modules.noisy as b
def f():
    import modules.noisy
    return modules.noisy.hello('py')
print(f())
print(a.hello("php"), b.loads)
print("bool(true)" if a is b else "bool(false)")
