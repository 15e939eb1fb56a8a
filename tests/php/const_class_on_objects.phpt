--TEST--
constants: ::class on objects and expressions (PHP 8), static::class in closures, and ::class errors on non-objects
--FILE--
<?php
namespace Shop;
class Cart { function cls() { return [static::class, self::class, $this::class]; } }
class BigCart extends Cart {}
$c = new BigCart;
var_dump($c::class, Cart::class, \stdClass::class);
print_r($c->cls());
$fn = function() { return static::class; }; echo \Closure::bind($fn, null, Cart::class)(), "\n";
$name = 'Shop\Cart'; var_dump((new $name)::class);
try { $x = null; echo $x::class; } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
try { $s = 'str'; echo $s::class; } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(12) "Shop\BigCart"
string(9) "Shop\Cart"
string(8) "stdClass"
Array
(
    [0] => Shop\BigCart
    [1] => Shop\Cart
    [2] => Shop\BigCart
)
Shop\Cart
string(9) "Shop\Cart"
Cannot use "::class" on value of type null
Cannot use "::class" on value of type string
