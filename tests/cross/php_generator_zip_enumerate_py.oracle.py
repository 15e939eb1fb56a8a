def letters(n):
    for i in range(n):
        yield chr(ord('a') + i)
def nums():
    yield 3
    yield 1
    yield 2
print(list(enumerate(letters(3))))
print(list(zip(letters(5), nums())))
print(sorted(nums()), max(nums()), sum(nums()))
print("".join(letters(6)))
