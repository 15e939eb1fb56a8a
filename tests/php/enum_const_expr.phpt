--TEST--
enums: enum cases in constant expressions, static property defaults, parameter defaults and readonly props
--FILE--
<?php
enum Level: int { case Low = 1; case High = 10; }
class Cfg { const DEF = Level::Low; public static $lvl = Level::High;
  public function __construct(public readonly Level $level = Level::Low) {} }
function f(Level $l = Level::High) { return $l->value; }
var_dump(Cfg::DEF, Cfg::$lvl, (new Cfg)->level, f(), f(Level::Low));
const GLOBAL_LVL = Level::High; var_dump(GLOBAL_LVL->name);
var_dump(Level::High->value * 2);
--EXPECT--
enum(Level::Low)
enum(Level::High)
enum(Level::Low)
int(10)
int(1)
string(4) "High"
int(20)
