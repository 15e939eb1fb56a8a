--TEST--
Class constants and static properties read at one site for several classes and scopes; visibility errors stay; a static property rebound to a reference
--FILE--
<?php
class K {
    const A = 1;
    const ARR = [1, 2];
    protected const PROT = "prot";
    private const PRIV = "priv";
    public static $s = 10;
    protected static $ps = 20;
    public static function read() { return [static::A, self::PROT, self::PRIV, static::$s, self::$ps]; }
}
class L extends K {
    const A = 2;
    public static $s = 30;
    public static function mine() { return [static::A, parent::PROT, static::$ps]; }
}
enum Suit: string { case H = 'h'; case S = 's'; const Wild = self::S; }

function reads($k) { return [$k::A, $k::$s, $k::ARR]; }
for ($i = 0; $i < 3; $i++) {
    foreach (['K', 'L'] as $k)
        echo json_encode(reads($k)), " ", json_encode($k::read()), "\n";
    echo json_encode(L::mine()), "\n";
    try { echo K::PROT; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    try { echo K::$ps; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    try { echo K::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    try { echo K::$nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    var_dump(Suit::Wild, Suit::H->value, K::class);
    K::$s++;
    L::$s += 2;
}
$x = 100;
function rebind() { global $x; K::$s = &$x; }
function readk() { return K::$s; }
echo readk(), "\n";
rebind();
echo readk(), "\n";
$x = 101;
echo readk(), " ", L::$s, "\n";
$name = 's';
echo K::$$name, "\n";
--EXPECT--
[1,10,[1,2]] [1,"prot","priv",10,20]
[2,30,[1,2]] [2,"prot","priv",30,20]
[2,"prot",20]
Cannot access protected constant K::PROT
Cannot access protected property K::$ps
Undefined constant K::NOPE
Access to undeclared static property K::$nope
enum(Suit::S)
string(1) "h"
string(1) "K"
[1,11,[1,2]] [1,"prot","priv",11,20]
[2,32,[1,2]] [2,"prot","priv",32,20]
[2,"prot",20]
Cannot access protected constant K::PROT
Cannot access protected property K::$ps
Undefined constant K::NOPE
Access to undeclared static property K::$nope
enum(Suit::S)
string(1) "h"
string(1) "K"
[1,12,[1,2]] [1,"prot","priv",12,20]
[2,34,[1,2]] [2,"prot","priv",34,20]
[2,"prot",20]
Cannot access protected constant K::PROT
Cannot access protected property K::$ps
Undefined constant K::NOPE
Access to undeclared static property K::$nope
enum(Suit::S)
string(1) "h"
string(1) "K"
13
100
101 36
101
