--TEST--
arr: basic array_* functions with keys preserved or renumbered
--FILE--
<?php
$a = ['b' => 2, 'a' => 1, 5 => 'five', 'c' => 3];
echo json_encode(array_keys($a)), json_encode(array_values($a)), "\n";
echo json_encode(array_slice($a, 1, 2)), json_encode(array_slice([1, 2, 3, 4], -2, 1, true)), "\n";
echo json_encode(array_merge(['x' => 1, 3 => 'a'], ['x' => 2, 3 => 'b'])), "\n";
echo json_encode(array_reverse([1, 2, 'k' => 3])), json_encode(array_reverse([1, 2, 3], true)), "\n";
echo json_encode(array_flip(['a', 'b'])), json_encode(array_combine(['x', 'y'], [1, 2])), "\n";
echo json_encode(array_search('1', [0, 1, '1'])), json_encode(array_search('1', [0, 1, '1'], true)), "\n";
echo json_encode(in_array('abc', [0])), json_encode(in_array(null, [0])), json_encode(in_array(0, ['a'], true)), "\n";
echo json_encode(array_unique([1, '1', 2, 2.0, 'a', 'A'])), "\n";
echo json_encode(array_fill_keys(['a', 'b'], 0)), json_encode(array_fill(5, 2, 'v')), "\n";
echo json_encode(range('a', 'e', 2)), json_encode(range(5, 1, 2)), json_encode(range(0, 1, 0.25)), "\n";
echo json_encode(array_map(fn($x) => $x * 2, ['a' => 1, 'b' => 2])), json_encode(array_map(null, [1, 2], [3, 4])), "\n";
echo json_encode(array_filter([1, 0, 2, null, 3, '', '0', 'a'])), "\n";
echo json_encode(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY)), "\n";
echo array_reduce([1, 2, 3], fn($c, $i) => $c + $i, 10), " ", array_sum([1, 2.5, '3']), " ", array_product([2, '3']), "\n";
$stack = [1, 2];
array_push($stack, 3, 4);
array_unshift($stack, 0);
echo array_pop($stack), array_shift($stack), json_encode($stack), "\n";
echo json_encode(array_key_first(['x' => 1, 'y' => 2])), json_encode(array_key_last([])), json_encode(array_is_list([1 => 1])), "\n";
echo json_encode(array_column([['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']], 'n', 'id')), "\n";
$sp = [1, 2, 3, 4];
$removed = array_splice($sp, 1, 2, ['x', 'y', 'z']);
echo json_encode($sp), json_encode($removed), "\n";
--EXPECT--
["b","a",5,"c"][2,1,"five",3]
{"a":1,"0":"five"}{"2":3}
{"x":2,"0":"a","1":"b"}
{"k":3,"0":2,"1":1}{"2":3,"1":2,"0":1}
{"a":0,"b":1}{"x":1,"y":2}
12
falsetruefalse
{"0":1,"2":2,"4":"a","5":"A"}
{"a":0,"b":0}{"5":"v","6":"v"}
["a","c","e"][5,3,1][0,0.25,0.5,0.75,1]
{"a":2,"b":4}[[1,3],[2,4]]
{"0":1,"2":2,"4":3,"7":"a"}
{"a":1,"c":3}
16 6.5 6
40[1,2,3]
"x"nullfalse
{"1":"a","2":"b"}
[1,"x","y","z",4][2,3]
