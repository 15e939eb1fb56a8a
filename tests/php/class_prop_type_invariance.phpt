--TEST--
classes: a redeclared property keeps its parent's type, in any spelling of the same type
--FILE--
<?php
class Base {
    public int|string $id = 0;
    protected ?array $tags = null;
    public static iterable $all = [];
    private int $secret = 1;
    public $loose;
}
class Same extends Base {
    public string|INT $id = "a";
    public array|null $tags = [];
    public static Traversable|array $all = [1];
    private string $secret = "mine";
    public $loose = 2;
}
$s = new Same;
var_dump($s->id, $s->tags, Same::$all, $s->loose);
echo "declaring Wrong\n";
if ($s->loose) { /* declared when run, after the output above */
    class Wrong extends Base {
        public int $id = 1;
    }
}
echo "not reached\n";
--EXPECTF--
string(1) "a"
array(0) {
}
array(1) {
  [0]=>
  int(1)
}
int(2)
declaring Wrong

Fatal error: Type of Wrong::$id must be string|int (as in class Base) in %s on line 20
[exit 255: ]
