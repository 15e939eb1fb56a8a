--TEST--
classes: anonymous classes with constructors, parents, interfaces, traits and their generated names
--FILE--
<?php
interface Greets { function hi(): string; }
trait Loud { function shout() { return strtoupper($this->hi()); } }
abstract class Base { function __construct(protected string $who) {} }
$o = new class('world') extends Base implements Greets { use Loud; function hi(): string { return "hi $this->who"; } };
echo $o->hi(), " ", $o->shout(), "\n";
var_dump($o instanceof Base, $o instanceof Greets, str_contains(get_class($o), 'class@anonymous'), get_parent_class($o));
function make() { return new class { public $n = 0; }; }
$a = make(); $b = make();
var_dump(get_class($a) === get_class($b), $a == $b, $a === $b);
$c = new class { const X = 1; static function s() { return self::X + static::X; } };
var_dump($c::s(), $c::X);
--EXPECT--
hi world HI WORLD
bool(true)
bool(true)
bool(false)
string(4) "Base"
bool(true)
bool(true)
bool(false)
int(2)
int(1)
