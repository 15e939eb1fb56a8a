# try/finally with return, break and continue: finally runs on every exit, a return in finally
# overrides the try's return (and swallows exceptions), finally after break/continue in loops.
def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally runs")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break dropped the exception at %d" % i

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return "continued %d times" % n

def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")

def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            print("  while finally", i)

for f in (ret_in_try, finally_overrides, finally_swallows, value_captured, loop_break,
          loop_continue, break_in_finally, continue_in_finally, nested, while_finally):
    print(f.__name__, "->", f())
