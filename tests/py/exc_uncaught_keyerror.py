# An uncaught KeyError prints its key with repr (KeyError: 'name'), exit status 1.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
