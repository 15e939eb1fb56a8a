# A module that reports when its top level runs, to check that importing twice runs it once.
print("noisy: module body runs")
loads = 1
def hello(name):
    return "hello " + name
