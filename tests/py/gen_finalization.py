# Generator finalization: finally blocks run when a generator is closed explicitly or exhausted,
# a never-started generator closes without running
# anything, and closing twice is harmless.

def tracked(name):
    print("  start", name)
    try:
        yield 1
        yield 2
    finally:
        print("  finally", name)

g = tracked("closed")
next(g)
g.close()

for v in tracked("exhausted"):
    pass

never = tracked("never started")
never.close()
print("never-started generator had nothing to run")
b = tracked("closed twice")
next(b)
b.close()
b.close()
print("second close is a no-op")
def with_return():
    try:
        yield 1
        return
    finally:
        print("  finally after return")
print(list(with_return()))
