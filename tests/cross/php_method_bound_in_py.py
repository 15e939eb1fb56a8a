# A PHP object's method taken as a Python bound method.
mk = compile_php_func("""
function mk() {
    return new class {
        public $log = [];
        function note($s) { $this->log[] = $s; return count($this->log); }
        function dump() { return implode("|", $this->log); }
    };
}
""")
o = mk()
note = o.note
note("a")
note("b")
print(list(map(note, ["c", "d"])))
print(o.dump())
