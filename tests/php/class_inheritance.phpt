--TEST--
class_inheritance: a small program exercising class inheritance
--FILE--
<?php
interface Shape { public function area(): float; }
abstract class Base implements Shape {
    protected static int $count = 0;
    const NAME = 'base';
    public function __construct(protected string $label) { static::$count++; self::$count += 0; }
    abstract public function area(): float;
    public function describe(): string { return static::NAME . " " . $this->label . " " . number_format($this->area(), 2); }
    public static function count(): int { return static::$count; }
    public function __toString(): string { return $this->describe(); }
}
class Circle extends Base {
    const NAME = 'circle';
    public function __construct(private float $r) { parent::__construct("r=$r"); }
    public function area(): float { return M_PI * $this->r ** 2; }
}
class Rect extends Base {
    const NAME = 'rect';
    public function __construct(private float $w, private float $h) { parent::__construct("{$w}x{$h}"); }
    public function area(): float { return $this->w * $this->h; }
    public function describe(): string { return "[" . parent::describe() . "]"; }
}
$shapes = [new Circle(1.5), new Rect(2, 3.5)];
foreach ($shapes as $s) { echo $s->describe(), "\n"; echo "$s\n"; }
echo Base::count(), "\n";
var_dump($shapes[0] instanceof Shape, $shapes[1] instanceof Circle, $shapes[1] instanceof Base);
echo get_class($shapes[1]), " ", Rect::class, " ", Rect::NAME, "\n";
class Magic { private $data = []; public function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
  public function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; } public function __isset($n) { return isset($this->data[$n]); } }
$m = new Magic;
$m->foo = 5;
echo $m->foo, "\n";
var_dump(isset($m->foo), isset($m->bar));
try { $r = new Rect(1, 2); echo $r->w; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$o = new stdClass;
$o->a = 1;
$o->b = [1, 2];
var_dump($o);
$c = clone $o;
$c->b[] = 3;
echo count($o->b), count($c->b), "\n";
class Counter { public static $n = 0; public static function inc() { return ++static::$n; } }
Counter::inc(); Counter::inc();
echo Counter::$n, "\n";
--EXPECT--
circle r=1.5 7.07
circle r=1.5 7.07
[rect 2x3.5 7.00]
[rect 2x3.5 7.00]
2
bool(true)
bool(false)
bool(true)
Rect Rect rect
set foo
get foo
5
bool(true)
bool(false)
Error: Cannot access private property Rect::$w
object(stdClass)#6 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
23
2
