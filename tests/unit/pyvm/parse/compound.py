# Compound statements.
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue_ = 1
for i in range(3):
    continue
else:
    pass
for a, (b, c) in x: pass
for x, in y: pass
async def f():
    async for x in y:
        pass
    async with a as b, c:
        pass
with open(f) as g, h as (i, j): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a, b) as c: pass
with (yield): pass
with a: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
if x: a = 1; b = 2
while 1: pass
