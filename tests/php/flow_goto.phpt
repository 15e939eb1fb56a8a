--TEST--
flow: goto forward and backward, out of loops, and its compile errors are not exercised here
--FILE--
<?php
$i = 0;
start:
$i++;
if ($i < 3) goto start;
echo "i=$i\n";
for ($a = 0; $a < 10; $a++) {
    foreach ([1, 2] as $b) {
        if ($a == 2 && $b == 2) goto done;
    }
}
done:
echo "left loops at a=$a b=$b\n";
function g($n) {
    $out = '';
    loop:
    if ($n <= 0) goto end;
    $out .= $n;
    $n--;
    goto loop;
    end:
    return $out;
}
echo g(5), "\n";
goto skip;
echo "skipped\n";
skip:
echo "after skip\n";
--EXPECT--
i=3
left loops at a=2 b=2
54321
after skip
