SCALE = 3
NAME = __name__
