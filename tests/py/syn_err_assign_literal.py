# SyntaxError: assigning to a literal inside an otherwise valid program.
def setup():
    config = {}
    return config

print(setup())
1 = setup()
