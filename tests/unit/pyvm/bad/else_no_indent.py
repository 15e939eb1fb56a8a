if 1:
 x
else:
x
