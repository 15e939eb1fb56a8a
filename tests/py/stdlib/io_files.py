# open() in text and binary modes, universal newlines, StringIO, BytesIO, TextIOWrapper, io ABCs.
import io, os, tempfile
tmp = tempfile.mkdtemp()  # a directory of its own: the runner runs each test in several modes at once
p = os.path.join(tmp, 'pyhyp_io_test.txt')
with open(p, 'w') as f:
    print(f.write('héllo\nworld\r\nthird'), os.path.basename(f.name), f.mode, f.closed)
print(f.closed)
with open(p) as f:
    print(f.readline(), f.read(3), f.read())
with open(p, encoding='utf-8') as f:
    print(list(f), f.encoding)
with open(p, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(0), f.read())
with open(p, 'a') as f:
    f.write('\nappended')
print(open(p).read().splitlines())
s = io.StringIO()
s.write('abc\n')
print('line2', file=s)
print(repr(s.getvalue()), s.tell())
s = io.StringIO('x\ny\nz')
print(s.readline(), s.readlines(), s.read())
b = io.BytesIO(b'hello')
b.seek(0, 2); b.write(b' there')
print(b.getvalue(), b.tell(), isinstance(b, io.BufferedIOBase), isinstance(s, io.TextIOBase))
try:
    open('/nonexistent/x')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
with open(p, 'rb') as raw:
    t = io.TextIOWrapper(raw, encoding='utf-8')
    print(t.readline().strip())
os.remove(p)
os.rmdir(tmp)
print(os.path.exists(p))
