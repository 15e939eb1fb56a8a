# csv on the native _csv module: reader, writer, DictReader/DictWriter, dialects, quoting modes,
# escapechar, doublequote, skipinitialspace, strict, field_size_limit, Sniffer, errors.
import csv, io, os, shutil, tempfile


def show(f):
    try:
        print('->', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


rows = [['name', 'note', 'n'], ['ann', 'says "hi", waves', 1], ['bob', 'two\nlines', 2.5],
        ['', None, 'café'], ['x;y', ' lead', -3]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    w.writerows(rows)
    print(quoting, repr(out.getvalue()))
    print(list(csv.reader(io.StringIO(out.getvalue(), newline=''), quoting=quoting)))

out = io.StringIO()
w = csv.writer(out, delimiter=';', quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerow(['a;b', 'c\\d', 'e"f'])
print(repr(out.getvalue()), list(csv.reader([out.getvalue()], delimiter=';', escapechar='\\',
                                             quoting=csv.QUOTE_NONE)))
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar='!').writerow(['q"uote', 'bang!', 'plain'])
print(repr(out.getvalue()), list(csv.reader([out.getvalue()], doublequote=False, escapechar='!')))

# reading: quoted fields across lines, empty lines, skipinitialspace, line_num
text = 'a, "b c",d\r\n\r\n"multi\nline",x\r\n"q""q",\r\n'
r = csv.reader(io.StringIO(text, newline=''), skipinitialspace=True)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a,b', 'c'], delimiter='|')), list(csv.reader(['1,2.5,"z"'],
                                                                     quoting=csv.QUOTE_NONNUMERIC)))

# errors and strict mode
show(lambda: list(csv.reader(['a,"b"c'], strict=True)))
show(lambda: list(csv.reader(['a,"b"c'])))
show(lambda: list(csv.reader(['"open'], strict=True)))
show(lambda: list(csv.reader(['"open'])))
show(lambda: list(csv.reader(['a\rb'])))
show(lambda: list(csv.reader([b'bytes'])))
show(lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC)))
show(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
show(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
show(lambda: csv.writer(io.StringIO()).writerow(5))
show(lambda: csv.writer(object()))
show(lambda: csv.reader(['x'], delimiter='::'))
show(lambda: csv.reader(['x'], delimiter=None))
show(lambda: csv.reader(['x'], escapechar=7))
show(lambda: csv.reader(['x'], quoting=9))
show(lambda: csv.reader(['x'], quotechar=None, quoting=csv.QUOTE_ALL))
show(lambda: csv.reader(['x'], lineterminator=None))
show(lambda: csv.reader(['x'], 'no-such-dialect'))
show(lambda: csv.reader(['x'], bogus=1))

# field_size_limit
old = csv.field_size_limit(4)
show(lambda: list(csv.reader(['abcd,e'])))
show(lambda: list(csv.reader(['abcde'])))
print(old, csv.field_size_limit(old), csv.field_size_limit())
show(lambda: csv.field_size_limit('x'))

# dialects: registry, classes, attributes
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar,
      d.skipinitialspace, d.strict, sorted(csv.list_dialects()))
show(lambda: setattr(d, 'delimiter', ','))
out = io.StringIO()
csv.writer(out, 'pipes').writerow([1, 'two'])
print(repr(out.getvalue()))
csv.unregister_dialect('pipes')
show(lambda: csv.get_dialect('pipes'))
show(lambda: csv.unregister_dialect('pipes'))


class Semi(csv.excel):
    delimiter = ';'


out = io.StringIO()
csv.writer(out, Semi).writerow(['a', 'b;c'])
print(repr(out.getvalue()), csv.excel_tab.delimiter == '\t', csv.unix_dialect.lineterminator)

# DictReader / DictWriter through a real file
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'people.csv')
with open(path, 'w', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['name', 'age', 'city'], restval='?')
    dw.writeheader()
    dw.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo, NO'})
    dw.writerows([{'name': 'Bob', 'age': 4}, {'name': 'Cy "C"', 'city': 'Lima'}])
    show(lambda: dw.writerow({'name': 'Z', 'zip': 1}))
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    for row in csv.DictReader(f):
        print(row)
with open(path, newline='') as f:
    dr = csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest')
    print(dr.fieldnames, [r for r in dr][:2])
shutil.rmtree(tmp)

# Sniffer
sample = 'id;name;score\n1;ann;3.5\n2;"bob; jr";4\n'
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), csv.Sniffer().has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))
