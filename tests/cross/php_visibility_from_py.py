# PHP visibility is enforced from Python: private and protected properties and methods are refused.
mk = compile_php_func("""
function mk() {
    return new class {
        public $pub = "public";
        private $priv = "private";
        protected $prot = "protected";
        private function hidden() { return "hidden"; }
        public function reveal() { return $this->priv . "/" . $this->prot . "/" . $this->hidden(); }
    };
}
""")
o = mk()
print(o.pub)
print(o.reveal())
for name in ("priv", "prot", "hidden"):
    try:
        v = getattr(o, name)
        print(name, "visible", v if isinstance(v, str) else "")
    except (AttributeError, PHPException, BridgeError) as e:
        print(name, "refused")
