--TEST--
traits: class methods override trait methods, which override inherited methods; parent:: from trait
--FILE--
<?php
class Base { function who() { return 'Base'; } function other() { return 'Base::other'; } }
trait T { function who() { return 'T>' . parent::who(); } function other() { return 'T::other'; } function mine() { return 'T::mine'; } }
class Child extends Base { use T; function mine() { return 'Child::mine'; } }
$c = new Child;
echo $c->who(), " ", $c->other(), " ", $c->mine(), "\n";
trait SelfMaker { function make() { return new self; } function cls() { return self::class . ' ' . static::class; } }
class X { use SelfMaker; } class Y extends X {}
echo get_class((new Y)->make()), " ", (new Y)->cls(), "\n";
--EXPECT--
T>Base T::other Child::mine
X X Y
