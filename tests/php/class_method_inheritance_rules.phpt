--TEST--
classes: overriding methods: parent:: calls, visibility widening, final methods, static and instance mixing errors
--FILE--
<?php
class A { public function who() { return 'A'; } protected function prot() { return 'A::prot'; } final public function fin() { return 'fin'; }
  public static function make() { return new static; } public function chain() { return static::class . '>' . $this->who(); } }
class B extends A { public function who() { return 'B>' . parent::who(); } public function prot() { return 'B::prot>' . parent::prot(); } }
class C extends B { public function who() { return 'C>' . parent::who(); } }
$c = new C;
echo $c->who(), " ", $c->prot(), " ", $c->fin(), " ", get_class(C::make()), " ", $c->chain(), "\n";
$m = get_class_methods('C'); sort($m); echo implode(',', $m), "\n";
class D extends A { public function fin() { return 'override'; } }
echo "never\n";
--EXPECTF--

Fatal error: Cannot override final method A::fin() in %s on line 9
[exit 255: ]
