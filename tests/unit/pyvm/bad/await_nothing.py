x = (yield)
def g(): x = await
