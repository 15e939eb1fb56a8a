# Debian's os, os.path, pathlib, shutil, errno, urllib.parse, logging and copy.
import os, os.path, pathlib, shutil, logging, urllib.parse, sys, io, errno, copy, keyword, tempfile
tmp = tempfile.mkdtemp()  # a directory of its own: the runner runs each test in several modes at once
base = os.path.join(tmp, 'pyhyp_os_test')
os.makedirs(os.path.join(base, 'a', 'b'))
p = pathlib.Path(base) / 'a' / 'f.txt'
p.write_text('hello\n')
print(p.read_text(), p.name, p.suffix, p.stem, p.parent.name, p.exists(), p.is_file())
print(sorted(os.listdir(os.path.join(base, 'a'))), os.path.getsize(str(p)), os.path.splitext('x/y.tar.gz'))
print(sorted(x.name for x in pathlib.Path(base, 'a').iterdir()), os.path.relpath('/a/b/c', '/a'))
shutil.copy(str(p), os.path.join(base, 'g.txt'))
print(open(os.path.join(base, 'g.txt')).read().strip(), [e.name for e in os.scandir(base) if e.is_file()])
st = os.stat(str(p))
print(st.st_size, type(st.st_mtime).__name__, os.path.isdir(base), os.path.basename(base), os.sep)
shutil.rmtree(tmp)
print(os.path.exists(base), errno.ENOENT, os.environ.get('PYHYP_NOPE', 'default'))
u = urllib.parse.urlparse('https://user@example.com:8080/a/b?x=1&y=2#frag')
print(u.scheme, u.netloc, u.path, u.port, urllib.parse.parse_qs(u.query), u.fragment)
print(urllib.parse.quote('a b/c'), urllib.parse.urlencode({'k': 'v w', 'n': 1}), urllib.parse.urljoin('http://x/a/b', '../c'))
log = logging.getLogger('t')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log.addHandler(h)
log.setLevel(logging.INFO)
log.info('hello %s', 'world')
log.debug('hidden')
log.warning('careful')
class P:
    def __init__(self):
        self.items = [1, [2, 3]]
a = P()
b = copy.deepcopy(a)
c = copy.copy(a)
b.items[1].append(4)
print(a.items, b.items, c.items is a.items, copy.copy([1, 2]), copy.deepcopy({'k': [1]}))
