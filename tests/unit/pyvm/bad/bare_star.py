def f(*):
 pass
