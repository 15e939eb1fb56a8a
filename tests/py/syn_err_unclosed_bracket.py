# A program that does not compile: an unclosed bracket (CPython reports where it opened).
values = [1, 2, 3
print(values)
