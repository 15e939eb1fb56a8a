<?php
$g = function ($n) { for ($i = 0; $i < $n; $i++) yield sprintf('item%d', $i); };
print_r(iterator_to_array($g(3)));
function wrapper($g) {
    yield "start";
    yield from $g(2);
    yield "end";
}
foreach (wrapper($g) as $v) echo $v, "\n";
