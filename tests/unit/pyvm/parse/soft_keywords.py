# Soft keywords used as ordinary names; keywords after numbers.
match = case = _ = type = 1
print(match, case, _)
def match(case): return case
x = [match for match in range(3)]
y = 1if x else 2
w = [0x1for x in y]
