--TEST--
goto: backward and forward, out of nested foreach loops, out of try with finally and out of switch
--FILE--
<?php
$i = 0;
start:
$i++;
if ($i < 3) goto start;
echo "i=$i\n";
goto skip;
echo "skipped\n";
skip:
foreach ([1, 2, 3] as $v) {
    foreach ([10, 20] as $w) {
        if ($v == 2 && $w == 20) goto done;
        echo "$v/$w ";
    }
}
done:
echo "\nafter loops\n";
function f() {
    $n = 0;
    loop:
    try {
        $n++;
        if ($n < 3) goto loop;
    } finally {
        echo "finally $n\n";
    }
    switch ($n) { case 3: goto out; }
    echo "not here\n";
    out:
    return $n;
}
echo f(), "\n";
--EXPECT--
i=3
1/10 1/20 2/10 
after loops
finally 1
finally 2
finally 3
3
