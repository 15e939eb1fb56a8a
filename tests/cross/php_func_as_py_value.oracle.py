fns = [str.upper, lambda s: s[::-1], lambda s: s[:1].upper() + s[1:]]
for f in fns:
    print(f("hello"))
words = ["Bb", "aa", "Cc"]
print(sorted(words, key=str.lower))
print(list(map(len, ["", "ab", "abcd"])))
def sq(x): return x * x
print(sum(map(sq, range(5))))
print(callable(sq), callable(len))
