# Line continuation, comments, semicolons, tabs, form feeds, blank lines.
x = 1 + \
    2
y = (1 +
     2)  # comment

if x:
	a = 1  # tab-indented
	if y:
		b = 2
z = [
    1,
    2,
]
def f():

    # comment line

    return 1
s = 'a' \
    'b'
w = 1;
t = {
  'k':
     'v'}
if True:
    pass
    # trailing comment at deeper indentation
pass
