--TEST--
bi: implode of mixed values and explode with positive, negative and zero limits, errors
--FILE--
<?php
echo implode(',', [1, 2.5, true, false, null, 'x', -0.0]), "\n";
echo implode([1, 2]), "|", implode(', ', []), "|", join('-', ['a']), "\n";
echo implode(',', ['k' => 'v', 5 => 'w']), "\n";
foreach ([PHP_INT_MAX, 3, 2, 1, 0, -1, -2, -5] as $limit) {
    echo $limit, ": ", json_encode(explode(',', 'a,b,c,d', $limit)), "\n";
}
echo json_encode(explode(',', '')), json_encode(explode(',', ',')), json_encode(explode(', ', 'a, b,c')), "\n";
echo json_encode(explode('ab', 'xabyabz')), json_encode(explode(',', 'abc', -1)), "\n";
try { explode('', 'abc'); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { implode(',', 'notarray'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo implode(',', [[1]]), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo json_encode(str_split('abcdef', 4)), json_encode(str_split('', 2)), "\n";
--EXPECTF--
1,2.5,1,,,x,-0
12||a
v,w
9223372036854775807: ["a","b","c","d"]
3: ["a","b","c,d"]
2: ["a","b,c,d"]
1: ["a,b,c,d"]
0: ["a,b,c,d"]
-1: ["a","b","c"]
-2: ["a","b"]
-5: []
[""]["",""]["a","b,c"]
["x","y","z"][]
ValueError: explode(): Argument #1 ($separator) cannot be empty
implode(): Argument #2 ($array) must be of type ?array, string given

Warning: Array to string conversion in %s on line 12
Array
["abcd","ef"][]
