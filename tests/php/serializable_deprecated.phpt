--TEST--
implementing Serializable without __serialize/__unserialize is deprecated (PHP 8.1), inherited too
--FILE--
<?php
echo "start\n";
class B implements Serializable { function serialize() {} function unserialize($d) {} }
class C extends B {}
class D implements Serializable { function serialize() {} function unserialize($d) {} function __serialize(): array { return []; } function __unserialize(array $a): void {} }
echo "end\n";
--EXPECTF--
start

Deprecated: B implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 3

Deprecated: C implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s on line 4
end
