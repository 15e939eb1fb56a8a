# hello: the startup benchmark: bench/run times whole processes that print one line.
print("hello")
