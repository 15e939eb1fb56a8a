<?php
/** A doc */
abstract class A extends B implements I, J {
    const X = 1, Y = 2;
    final public const Z = 3;
    private const list = 4;
    public int $a = 1, $b;
    protected static ?array $c = null;
    var $d;
    public readonly string $e;
    /** prop doc */
    private $f;
    abstract protected function m(int $x): static;
    public static function s() { return new static; }
    final public function __construct(public int $x = 0, private readonly array $y = [], protected ?Foo &$z = null) {}
    function list() {} function new() { return $this->list()->new; }
}
final class F {}
readonly class R { public function __construct(public int $x) {} }
interface I extends K, L { const C = 1; public function m(); }
trait T { use U, V { U::a insteadof V; V::a as protected b; c as d; e as private; } public $t; }
class UsesTrait { use T; use A, B {} }
$anon = new class(1, 2) extends Base implements I { public function __construct($a, $b) {} };
$anon2 = new class { };
