--TEST--
enums: backed enums: value, from, tryFrom, and their errors for missing values and wrong types
--FILE--
<?php
enum Status: int { case Active = 1; case Inactive = 0; case Banned = -1; }
enum Lang: string { case En = 'en'; case De = 'de'; }
var_dump(Status::from(1), Status::tryFrom(5), Status::from('0'), Lang::from('de')->value, Status::Banned->value);
try { Status::from(7); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Lang::from('fr'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { Status::from('abc'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(Lang::tryFrom('xx'), Status::tryFrom(1.0));
try { Status::from(1.5); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(Status::Active instanceof BackedEnum);
var_dump(array_map(fn($c) => $c->value, Lang::cases()));
--EXPECTF--
enum(Status::Active)
NULL
enum(Status::Inactive)
string(2) "de"
int(-1)
ValueError: 7 is not a valid backing value for enum Status
"fr" is not a valid backing value for enum Lang
TypeError: Status::from(): Argument #1 ($value) must be of type int, string given
NULL
enum(Status::Active)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 9
bool(true)
array(2) {
  [0]=>
  string(2) "en"
  [1]=>
  string(2) "de"
}
