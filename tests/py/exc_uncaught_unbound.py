# An uncaught UnboundLocalError: exit status 1 and CPython 3.11's message.
count = 0
def increment():
    count += 1
    return count
print("about to fail")
increment()
