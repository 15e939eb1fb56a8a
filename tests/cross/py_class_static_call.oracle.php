<?php
class Util {
    static function twice($x) { return 2 * $x; }
    static function name() { return static::class; }
}
$C = "Util";
echo $C::twice(21), "\n";
echo $C::name(), "\n";
