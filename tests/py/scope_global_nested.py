# global declarations in nested functions and classes, globals() writes, a global declared in an
# inner function not affecting the outer one, and names assigned after use in a function.
counter = 0
def bump():
    global counter
    counter += 1
    return counter

def outer():
    counter = "local to outer"
    def inner():
        global counter
        counter += 10
        return counter
    return inner(), counter
print(bump(), bump(), outer(), counter)

def create_global():
    global created_later
    created_later = "made inside"
create_global()
print(created_later)

def via_globals():
    globals()["dyn"] = 42
via_globals()
print(dyn)

class Holder:
    global from_class
    from_class = "set in class body"
    x = counter
print(from_class, Holder.x)

def shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()

def nested_global_read():
    def inner():
        return counter + 1
    return inner()
print(nested_global_read())

def global_in_loop():
    global counter
    for counter in range(3):
        pass
global_in_loop()
print(counter)

def del_global():
    global created_later
    del created_later
del_global()
try:
    created_later
except NameError as e:
    print("NameError:", e)
x = "module"
def f():
    x = "f"
    def g():
        return x
    return g()
print(f(), x)
