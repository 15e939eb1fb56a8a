# A SyntaxError in the program itself: nothing runs, stderr ends with the SyntaxError line,
# exit status 1.
print("this never prints")
def broken(:
    pass
