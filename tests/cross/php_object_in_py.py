# A PHP object in Python: properties, methods, and PHP visibility enforced.
Acct = compile_php_func("""
function make_account($owner) {
    return new class($owner) {
        public $owner;
        private $balance = 0;
        function __construct($o) { $this->owner = $o; }
        function deposit($n) { $this->balance += $n; return $this; }
        function balance() { return $this->balance; }
    };
}
""")
a = Acct("kim")
print(a.owner)
a.deposit(10).deposit(5)
print(a.balance())
a.owner = "lee"
print(a.owner)
try:
    print(a.balance_private_peek)
except AttributeError:
    print("no such attribute")
