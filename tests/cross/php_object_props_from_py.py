# PHP object properties from Python: getattr/setattr/hasattr on declared (typed and untyped) properties.
mk = compile_php_func("""
class Cfg { public int $port = 80; public ?string $host = null; public $extra; }
function mk() { return new Cfg(); }
""")
c = mk()
print(c.port, c.host)
c.port = 8080
c.host = "example.org"
print(c.port, c.host)
print(hasattr(c, "port"), hasattr(c, "nope"))
setattr(c, "extra", [1, 2])
read = compile_php_func("function read($o) { return $o->port . '@' . $o->host . '#' . count($o->extra); }")
print(read(c))
print(getattr(c, "missing", "default"))
