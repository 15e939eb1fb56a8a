# SyntaxError inside an f-string expression.
name = "world"
print(f"hello {name!}")
