# BaseException.__setstate__: a dict's items become attributes (what unpickling calls); None
# does nothing; a non-dict or a non-str key is a TypeError.
e = ValueError("msg")
e.__setstate__({"code": 7, "extra": [1, 2]})
print(e.code, e.extra, e.args, str(e))
e.__setstate__(None)
for bad in (5, {1: 2}):
    try:
        e.__setstate__(bad)
    except TypeError as x:
        print(x)


d = {}
d["key"] = "value"
KeyError().__setstate__(d)
print("ok")
