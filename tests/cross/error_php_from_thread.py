# PHP's side is single-threaded: a Python thread other than the main one that calls a PHP
# function, reads a PHP object's attribute or compiles PHP gets RuntimeError; the main thread
# keeps calling PHP before and after.
import threading

add = compile_php_func("function add($a, $b) { return $a + $b; }")
make = compile_php_func("function make() { $o = new stdClass; $o->x = 5; return $o; }")
obj = make()
print(add(1, 2), obj.x)
errors = []


def worker():
    for attempt in (lambda: add(3, 4), lambda: obj.x,
                    lambda: compile_php_func("function sub($a) { return -$a; }")):
        try:
            attempt()
        except RuntimeError as e:
            errors.append(str(e))


t = threading.Thread(target=worker)
t.start()
t.join()
for e in errors:
    print("RuntimeError:", e)
print(add(5, 6))
