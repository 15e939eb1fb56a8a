--TEST--
classes: interface constants can be overridden by implementing classes since 8.1
--FILE--
<?php
interface I { const X = 1; }
class C implements I { const X = 2; }
echo C::X, I::X, "\n";
interface J extends I { const X = 3; }
echo J::X, "\n";
--EXPECT--
21
3
