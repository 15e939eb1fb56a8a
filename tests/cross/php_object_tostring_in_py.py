# str() of a PHP object with __toString, and PHP magic __get/__set from Python.
mk = compile_php_func("""
class Tag {
    private $attrs = [];
    function __construct(private string $name) {}
    function __toString(): string {
        $s = "<" . $this->name;
        foreach ($this->attrs as $k => $v) $s .= " $k=\\"$v\\"";
        return $s . ">";
    }
    function __get($k) { return $this->attrs[$k] ?? "(unset)"; }
    function __set($k, $v) { $this->attrs[$k] = $v; }
}
function mk($n) { return new Tag($n); }
""")
t = mk("a")
print(str(t))
t.href = "/home"
t.title = "Home"
print(str(t))
print(t.href, t.rel)
print("link: %s" % t)
