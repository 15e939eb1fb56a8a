--TEST--
classes: an assignment to a typed property has the coerced value
--FILE--
<?php
class T { public int $i = 0; public string $s = ""; public float $f = 0.0; public ?int $n = null; }
$t = new T;
var_dump($t->i = "42", $t->s = 42, $t->f = 3);
var_dump($t->i += "1", $t->s .= 5, $t->f += 1);
var_dump($t->n = "7", $t->n++, ++$t->n);
$r = &$t->i;
var_dump($t->i = "9", $r);
$name = 'f';
var_dump($t->$name = "2.5");
--EXPECT--
int(42)
string(2) "42"
float(3)
int(43)
string(3) "425"
float(4)
int(7)
int(7)
int(9)
int(9)
int(9)
float(2.5)
