# An exception escaping a generator propagates to the consumer and ends the program uncaught.
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran out")

for n in numbers():
    print(n)
print("not reached")
