x = 1 2
'abc
