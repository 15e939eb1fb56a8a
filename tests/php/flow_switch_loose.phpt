--TEST--
flow: switch compares loosely (PHP 8 rules), falls through, default anywhere, continue acts like break
--FILE--
<?php
function s($v) {
    $out = [];
    switch ($v) {
        case 0: $out[] = 'zero';
        case 'a': $out[] = 'a'; break;
        default: $out[] = 'default';
        case '1': $out[] = 'one-string'; break;
        case null: $out[] = 'null'; break;
        case 2.0: $out[] = 'two';
    }
    return implode(',', $out);
}
foreach ([0, 'a', '0', 1, '1', 1.0, null, false, '', 2, '2', 'x', true, []] as $v) echo json_encode($v), ' => ', s($v), "\n";
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1: continue 2;
        default: echo "i=$i ";
    }
    echo "after ";
}
echo "\n";
switch (1):
    case 1:
        echo "alt syntax\n";
        break;
endswitch;
switch ("abc") { case "ABC": echo "case-insensitive?\n"; break; default: echo "case-sensitive\n"; }
$n = 0;
switch (++$n) { case 1: echo "evaluated once: $n\n"; }
switch (5) { }
echo "empty switch ok\n";
--EXPECT--
0 => zero,a
"a" => a
"0" => zero,a
1 => one-string
"1" => one-string
1 => one-string
null => zero,a
false => zero,a
"" => null
2 => two
"2" => two
"x" => default,one-string
true => a
[] => null
i=0 after i=2 after 
alt syntax
case-sensitive
evaluated once: 1
empty switch ok
