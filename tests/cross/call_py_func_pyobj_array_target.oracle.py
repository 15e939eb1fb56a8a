def fmt(value, width=8, fill=' ', align='>'):
    return '[' + format(value, fill + align + str(width)) + ']'
class Greeter:
    def __init__(self, greeting='hello'):
        self.greeting = greeting
    def greet(self, name, punct='.'):
        return self.greeting + ', ' + name + punct
print(fmt(*["abc"], **{}))
print(fmt(*["abc"], **{"width": 6, "fill": "*"}))
print(fmt(**{"value": "x", "align": "<", "width": 3}))
g = Greeter(**{"greeting": "hi"})
print(g.greet(*["ann"], **{"punct": "!"}))
