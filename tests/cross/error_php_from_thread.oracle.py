# The twin of error_php_from_thread.py in one language: the same functions in Python, whose
# calls from the worker thread raise the RuntimeError pyhyp raises.
import threading

MSG = "PHP code can only run in the main thread (pyhyp's PHP side is single-threaded)"
main = threading.main_thread()


def guard():
    if threading.current_thread() is not main:
        raise RuntimeError(MSG)


def add(a, b):
    guard()
    return a + b


class Obj:
    @property
    def x(self):
        guard()
        return 5


def compile_php_func(src):
    guard()


obj = Obj()
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
