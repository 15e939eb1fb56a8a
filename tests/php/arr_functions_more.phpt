--TEST--
arr: array_pad, array_chunk, array_diff/intersect family, array_count_values, array_walk, array_replace
--FILE--
<?php
echo json_encode(array_pad([1, 2], 4, 0)), json_encode(array_pad([1, 2], -4, 0)), json_encode(array_pad(['a' => 1], 2, 'x')), "\n";
echo json_encode(array_chunk([1, 2, 3, 4, 5], 2)), json_encode(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true)), "\n";
echo json_encode(array_diff([1, 2, 3, 4, '5'], [2, 4], [5])), "\n";
echo json_encode(array_diff_key(['a' => 1, 'b' => 2, 0 => 3], ['a' => 9, '0' => 9])), "\n";
echo json_encode(array_diff_assoc(['a' => 1, 'b' => 2], ['a' => 1, 'b' => 3])), "\n";
echo json_encode(array_intersect([1, 2, 3, 4], [2, 4, 6], [4, 2])), "\n";
echo json_encode(array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 0, 'c' => 0])), "\n";
echo json_encode(array_count_values(['a', 'b', 'a', 1, '1', 1.5])), "\n";
$arr = ['x' => 1, 'y' => 2];
array_walk($arr, function (&$v, $k, $prefix) { $v = "$prefix$k$v"; }, '>');
echo json_encode($arr), "\n";
$nested = [[1, 2], [3, [4]]];
array_walk_recursive($nested, function (&$v) { $v *= 100; });
echo json_encode($nested), "\n";
echo json_encode(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd'])), "\n";
echo json_encode(array_merge_recursive(['a' => [1], 'b' => 2], ['a' => [3], 'b' => 4])), "\n";
echo json_encode(array_flip(array_change_key_case(['A' => 1, 'b' => 2], CASE_UPPER))), "\n";
try { array_chunk([1], 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
[1,2,0,0][0,0,1,2]{"a":1,"0":"x"}
[[1,2],[3,4],[5]][{"a":1,"b":2},{"c":3}]
{"0":1,"2":3}
{"b":2}
{"b":2}
{"1":2,"3":4}
{"a":1,"c":3}

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 9
{"a":2,"b":1,"1":2}
{"x":">x1","y":">y2"}
[[100,200],[300,[400]]]
[1,"b",3,"d"]
{"a":[1,3],"b":[2,4]}
{"1":"A","2":"B"}
array_chunk(): Argument #2 ($length) must be greater than 0
