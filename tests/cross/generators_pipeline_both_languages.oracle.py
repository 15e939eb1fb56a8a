def numbers(n):
    for i in range(n):
        yield i
def php_filter(it):
    for v in it:
        if v % 3 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
print(list(squares(php_filter(numbers(20)))))
