# Debian's html, datetime (pure _pydatetime path), argparse and tempfile.
import html, datetime, argparse, tempfile, os, itertools
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;p&gt; &amp; &#65; &eacute;'))
d = datetime.date(2024, 2, 29)
print(d, d.isoformat(), d.weekday(), d + datetime.timedelta(days=1), d.strftime('%Y/%m/%d %A'))
dt = datetime.datetime(2020, 1, 2, 3, 4, 5, 600000)
print(dt, dt.isoformat(), repr(dt), dt.replace(year=2021), (dt - datetime.datetime(2020, 1, 1)).total_seconds())
print(datetime.datetime.strptime('2021-03-04 05:06', '%Y-%m-%d %H:%M'), datetime.timedelta(hours=25, minutes=3))
tz = datetime.timezone(datetime.timedelta(hours=2))
print(datetime.datetime(2020, 5, 6, 7, 8, tzinfo=tz).isoformat(), datetime.date.fromisoformat('2020-12-31'))
p = argparse.ArgumentParser(prog='tool', description='demo')
p.add_argument('files', nargs='*')
p.add_argument('-n', '--count', type=int, default=3)
p.add_argument('--verbose', action='store_true')
ns = p.parse_args(['a.txt', 'b.txt', '-n', '5', '--verbose'])
print(ns.files, ns.count, ns.verbose, vars(ns))
print(p.format_usage().strip())
with tempfile.TemporaryDirectory() as td:
    path = os.path.join(td, 'x.txt')
    with open(path, 'w') as f:
        f.write('data')
    print(os.listdir(td), open(path).read())
    with tempfile.NamedTemporaryFile('w+', dir=td, delete=False) as nf:
        nf.write('abc')
        name = nf.name
    print(open(name).read(), os.path.dirname(name) == td)
print(os.path.exists(td))
