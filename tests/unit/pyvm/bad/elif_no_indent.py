if 1:
 x
elif 2:
x
