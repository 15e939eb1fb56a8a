--TEST--
An optional parameter before a required one is deprecated (and required), except PHP 5's `T $p = null`
--FILE--
<?php
function plain($a = 1, $b) { return "$a$b"; }
function nullable(?int $a = null, $b) { return "[$a$b]"; }
function legacy(int $a = null, $b) { return "<$a$b>"; }
function unionnull(int|string|null $a = null, $b, $c = 3) { return "{$a}{$b}{$c}"; }
function mixedp(mixed $a = null, $b) { return "m$b"; }
echo plain(1, 2), nullable(null, 2), legacy(null, 2), unionnull(1, 2), mixedp(1, 2), "\n";
echo (new ReflectionFunction('plain'))->getNumberOfRequiredParameters(), "\n";
try {
    plain(1);
} catch (ArgumentCountError $e) {
    echo explode(", ", $e->getMessage())[0], "\n";
}
--EXPECTF--

Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 2

Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 3
12[2]<2>123m2
2
Too few arguments to function plain()
