# json on the native _json accelerator: decoding errors and their positions, escapes and
# surrogates, hooks, the encoder's key kinds, separators, cycles, default, NaN handling.
import json
for t in ['[1,', '{"a" 1}', '[1 2]', '{"a":1,}', '[1,]', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '{', '', ' ', '[', 'nul', '-', '1.e5', '1e', '"\\ud800\\u12x4"', '"\\ud83d\\ude00"', '"\\ud800"', '[1, 2.5, -3e2, true, false, null, "x\\n\\u00e9", {"k": [ ]}, {}]', '  {"é": "ü", "b": 1E400, "c": -0, "d": 123456789012345678901234567890}  ', 'NaN', '[-Infinity, Infinity]', '"é\x02"', '["é", 1, x]']:
    try: print(repr(t), repr(json.loads(t)))
    except Exception as e: print(repr(t), type(e).__name__, e)
print(json.dumps({"a": [1, 2.5, None, True, "é\n\"\\\x7f\U0001f600"], 1: 2, 2.5: 3, None: 4, True: 5, False: 6}))
print(json.dumps({"a": [1, 2.5, None, True, "é\n\"\\\x7f\U0001f600"]}, ensure_ascii=False))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(',', ':')))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, -0.0]))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.dumps({(1,2): 3})
except TypeError as e: print(e)
print(json.dumps({(1,2): 3, "x": 1}, skipkeys=True))
class C: pass
try: json.dumps([C()])
except TypeError as e: print(e)
print(json.dumps([C()], default=lambda o: "C!"))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1.5}', parse_float=str, object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10))
print(json.loads('"a\tb"', strict=False))
import json.decoder as d
print(d.scanstring('"abc\\n" x', 1), d.scanstring('"é\\u00e9" x', 1))
try: json.loads('[' * 100000)
except RecursionError as e: print("RecursionError", e)
try: json.dumps([[[[[]]]]] * 2, indent=2)
except Exception as e: print(e)
print(json.dumps([[1, {"a": []}]], indent=2))
from collections import OrderedDict
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps([E.A, {E.A: 2}]))
print(json.dumps("\ud800"), json.loads('"\\udc00x"') == "\udc00x")
import json.encoder as e
print(e.encode_basestring('a"\u2028\x00'), e.encode_basestring_ascii('a"\u2028\x00\U00010000'))
rows = json.loads('[{"key": 1}, {"key": 2}]')
print(list(rows[0])[0] is list(rows[1])[0])
try: d.scanstring('"abc"', 10)
except ValueError as err: print(err)
try: json.loads(b'[1]'.decode() + ' x')
except json.JSONDecodeError as err: print(err.msg, err.pos, err.lineno, err.colno)
try: json.loads('[\n  1,\n  ?]')
except json.JSONDecodeError as err: print(err.msg, err.pos, err.lineno, err.colno)
print(json.dumps({"a": 1, "b": [1, 2]}, sort_keys=True, indent=None, separators=(" , ", " : ")))
try: json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as err: print(err)
print(json.JSONDecoder().raw_decode('{"x": [1, 2]} tail'))
print(json.loads('{"a": 1}', object_hook=dict.items))
