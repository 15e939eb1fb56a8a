def f():
  return
    x
