# An exception group nobody handles: CPython prints the boxed traceback of each sub-exception to
# stderr and exits with status 1 (the test sees the box's closing line).
def check(values):
    errors = []
    for v in values:
        try:
            if v < 0:
                raise ValueError(f"negative: {v}")
            if v == 0:
                raise ZeroDivisionError("zero")
        except Exception as e:
            errors.append(e)
    return errors

print("checking")
inner = ExceptionGroup("inner", check([0, 5]))
raise ExceptionGroup("validation failed", check([-1, 3, -2]) + [inner])
