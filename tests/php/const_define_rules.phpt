--TEST--
constants: define() and const, redefinition warning, invalid names, case sensitivity, constant() errors
--FILE--
<?php
define('MY_C', 1); const OTHER = MY_C + 1;
var_dump(MY_C, OTHER, defined('MY_C'), defined('my_c'), constant('OTHER'));
var_dump(define('MY_C', 2)); var_dump(MY_C);
var_dump(define('ARR', [1, [2]]), ARR[1][0]);
var_dump(define('__FOO__', 'magic-like'), __FOO__);
try { constant('NOPE'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { define('a::b', 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(define('with space', 's'), constant('with space'));
const EXPR = 2 ** 3 . 'x', BOOL_C = !false;
var_dump(EXPR, BOOL_C);
const OBJ_C = new stdClass;
--EXPECTF--
int(1)
int(2)
bool(true)
bool(false)
int(2)

Warning: Constant MY_C already defined in %s on line 4
bool(false)
int(1)
bool(true)
int(2)
bool(true)
string(10) "magic-like"
Undefined constant "NOPE"
define(): Argument #1 ($constant_name) cannot be a class constant
bool(true)
string(1) "s"
string(2) "8x"
bool(true)
