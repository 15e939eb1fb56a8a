# Subscripting a PHP ArrayAccess object from Python goes through offsetGet/offsetSet.
mk = compile_php_func("""
class Bag implements ArrayAccess {
    private $d = ['a' => 1];
    public $log = [];
    function offsetExists($k): bool { return isset($this->d[$k]); }
    function offsetGet($k): mixed { $this->log[] = "get $k"; return $this->d[$k]; }
    function offsetSet($k, $v): void { $this->log[] = "set $k"; $this->d[$k] = $v; }
    function offsetUnset($k): void { unset($this->d[$k]); }
}
function mk() { return new Bag(); }
""")
b = mk()
print(b["a"])
b["c"] = 3
print(b["c"])
print(list(b.log.values()))
