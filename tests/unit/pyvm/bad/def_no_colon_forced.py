def f() y:
 pass
