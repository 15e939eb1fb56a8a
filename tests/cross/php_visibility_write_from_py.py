# Writing a private or protected PHP property from Python is refused, as from PHP's global scope.
mk = compile_php_func("""
class Acct {
    private $balance = 10;
    protected $owner = "sam";
    public function balance() { return $this->balance; }
    public function owner() { return $this->owner; }
}
function mk() { return new Acct(); }
""")
a = mk()
for name in ("balance", "owner"):
    try:
        setattr(a, name, 1000)
        print(name, "written")
    except (AttributeError, PHPException, BridgeError):
        print(name, "refused")
print(a.balance(), a.owner())
