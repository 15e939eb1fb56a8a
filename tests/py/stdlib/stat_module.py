# _stat under stat.py: the constants, filemode of every file type and special bit, the S_IS*
# predicates, S_IMODE/S_IFMT, argument errors, and a real file's mode.
import stat, _stat, os, tempfile
names = sorted(n for n in dir(_stat) if not n.startswith('__'))
print(names)
for n in names:
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v)
modes = [0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777, 0o104644, 0o102644, 0o041776, 0, 0o177777]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m),
          [f for f in ('S_ISDIR','S_ISCHR','S_ISBLK','S_ISREG','S_ISFIFO','S_ISLNK','S_ISSOCK','S_ISDOOR','S_ISPORT','S_ISWHT') if getattr(stat, f)(m)])
for bad in (-1, 2**40, 'x', 1.5):
    try:
        stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
open(p, 'w').close()
os.chmod(p, 0o640)
st = os.stat(p)
print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), stat.S_ISDIR(os.stat(d).st_mode))
os.remove(p); os.rmdir(d)
