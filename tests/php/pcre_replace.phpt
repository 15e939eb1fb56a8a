--TEST--
preg_replace, preg_filter, preg_replace_callback(_array): references, arrays, limits, counts
--FILE--
<?php
var_dump(preg_replace('/(\w+) (\w+)/', '$2 ${1}x \2\1 \\\\1 \$1 $3 ${12} $', 'hello world'));
var_dump(preg_replace('/(a)(b)?/', '[$2|\2|${2}]', 'a ab'));
var_dump(preg_replace('/a/', 'b', 'aaaa', 2, $c), $c);
var_dump(preg_replace('/a/', 'b', 'aaaa', 0, $c), $c);
var_dump(preg_replace('/x/', 'y', 'abc', -1, $c), $c);
var_dump(preg_replace(['/a/', '/b/', '/c/'], ['b', 'c'], 'abc', -1, $c), $c);
var_dump(preg_replace(['/a/', '/b/'], 'z', ['k' => 'ab', 5 => 'cd', 'x' => 'bb'], -1, $c), $c);
var_dump(preg_filter(['/\d/', '/[a-z]/'], ['#', '@'], ['1', 'a', 'B', 'c2', 3 => 'Z']));
var_dump(preg_filter('/\d/', '#', 'abc'), preg_filter('/\d/', '#', 'a1c'));
var_dump(preg_replace('/x*/', '-', 'abc'), preg_replace('/x*/u', '-', 'añc'));
var_dump(preg_replace('/^/m', '> ', "a\nb\n"), preg_replace('/\s+/', ' ', "  a \t\n b  "));
var_dump(preg_replace('/(?<y>\d{4})-(\d\d)/', '$2/${1}', 'on 2024-05 and 1999-12'));
var_dump(preg_replace('/a/', 'b', 123), preg_replace('/1/', 2, 111));
var_dump(preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333', -1, $c), $c);
var_dump(preg_replace_callback('/(?<k>\w)=(\d)?/', function ($m) { return json_like($m); }, 'a=1 b='));
function json_like($m) { $o = []; foreach ($m as $k => $v) { $o[] = "$k:" . var_export($v, true); } return '{' . implode(',', $o) . '}'; }
var_dump(preg_replace_callback('/(a)(x)?/', fn($m) => json_like(array_map(fn($p) => is_array($p) ? implode('@', array_map('strval', $p)) : $p, $m)), 'ba', -1, $c, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL));
var_dump(preg_replace_callback('/b/', fn($m) => 'B', ['x' => 'abc', 'y' => 'bbb'], 2, $c), $c);
var_dump(preg_replace_callback(['/a/', '/b/'], fn($m) => strtoupper($m[0]), 'aabb'));
var_dump(preg_replace_callback_array(['/\d+/' => fn($m) => 'N', '/[a-z]+/' => fn($m) => 'W'], 'ab 12 cd', -1, $c), $c);
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'b', '/b/' => fn($m) => 'c'], ['a', 'b', 'x']));
class R { static function up($m) { return strtoupper($m[0]); } function low($m) { return strtolower($m[0]); } }
var_dump(preg_replace_callback('/[a-z]+/', 'R::up', 'abc DEF'), preg_replace_callback('/[A-Z]+/', [new R, 'low'], 'abc DEF'));
var_dump(preg_replace_callback('/x/', 'implode', 'axb'));
try { preg_replace_callback('/x/', 'no_such_fn', 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace('/x/', ['a'], 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace('/x/', new stdClass, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace_callback_array([1 => fn($m) => 'x'], 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace_callback_array(['/x/' => 'nope'], 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace_callback('/x/', function ($m) { throw new Exception('from callback'); }, 'axa'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_replace('/./u', 'x', "a\xff"), preg_last_error_msg());
--EXPECT--
string(33) "world hellox worldhello \1 $1   $"
string(12) "[||] [b|b|b]"
string(4) "bbaa"
int(2)
string(4) "aaaa"
int(0)
string(3) "abc"
int(0)
string(0) ""
int(6)
array(3) {
  ["k"]=>
  string(2) "zz"
  [5]=>
  string(2) "cd"
  ["x"]=>
  string(2) "zz"
}
int(4)
array(2) {
  [0]=>
  string(1) "#"
  [1]=>
  string(1) "@"
}
NULL
string(3) "a#c"
string(7) "-a-b-c-"
string(8) "-a-ñ-c-"
string(8) "> a
> b
"
string(5) " a b "
string(22) "on 05/2024 and 12/1999"
string(3) "123"
string(3) "222"
string(11) "a2 b44 c666"
int(3)
string(48) "{0:'a=1',k:'a',1:'a',2:'1'} {0:'b=',k:'b',1:'b'}"
string(26) "b{0:'a@1',1:'a@1',2:'@-1'}"
array(2) {
  ["x"]=>
  string(3) "aBc"
  ["y"]=>
  string(3) "BBb"
}
int(3)
string(4) "AABB"
string(5) "W N W"
int(3)
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "x"
}
string(7) "ABC DEF"
string(7) "abc def"
string(3) "axb"
preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "no_such_fn" not found or invalid function name
preg_replace(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given
preg_replace(): Argument #2 ($replacement) must be of type array|string, stdClass given
preg_replace_callback_array(): Argument #1 ($pattern) must contain only string patterns as keys
preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks
from callback
NULL
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
