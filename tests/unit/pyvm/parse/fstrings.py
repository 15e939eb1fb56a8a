# f-strings: nesting, conversions, format specs, debugging '=', concatenation, raw.
name = "x"
a = f'{name}', f"{name!r}", f'{name!s:>10}', f'{name!a}', f'{3.14:.2f}'
b = f'{x:{width}.{precision}}', f'{x=}', f'{x = }', f'{x=!s}', f'{x=:>4}'
c = f'{{literal}}', f'a{b}c{d}e', f'{a["k"]}', f'{ {"a": 1}["a"] }', f'{(lambda y: y)(1)}'
d = f'pre' 'mid' f'{x}post', u'u' f'{x}', 'plain' f'', f'{x!r:^{w}}'
e = rf'\d{x}\n', fr'{x}\t', F'{x}', f'''{
x
}''', f'{x:{"inner"}}'
g = f'{a}{b}' f'{c}', f'{x:}', f'{x!r:}', f'{f"{y}"}', f'{yield_ if c else d}', f'{a, b}'
h = f'{x:%Y-%m-%d}', f'{3:{"{"}>5}', f'{x:\n}', f'\N{EM DASH}{x}', f'{x}\u00e9'
