--TEST--
conv: string increment and decrement (Perl-style increment, no-op decrement on letters)
--FILE--
<?php
foreach (["a", "z", "A", "Z", "Az", "zz", "Zz", "a9", "z9", "Zz9", "9", "99", "1.5", "-1", "", " ", "a-", "-a", "0x", "abc", "1e2", "5 "] as $s) {
    $t = $s;
    $t++;
    $u = $s;
    $u--;
    echo json_encode($s), " ++ -> ", json_encode($t), "  -- -> ", json_encode($u), "\n";
}
$s = "a";
for ($i = 0; $i < 27; $i++) $s++;
echo $s, "\n";
$s = "Ay";
echo ++$s, " ", ++$s, " ", ++$s, "\n";
--EXPECT--
"a" ++ -> "b"  -- -> "a"
"z" ++ -> "aa"  -- -> "z"
"A" ++ -> "B"  -- -> "A"
"Z" ++ -> "AA"  -- -> "Z"
"Az" ++ -> "Ba"  -- -> "Az"
"zz" ++ -> "aaa"  -- -> "zz"
"Zz" ++ -> "AAa"  -- -> "Zz"
"a9" ++ -> "b0"  -- -> "a9"
"z9" ++ -> "aa0"  -- -> "z9"
"Zz9" ++ -> "AAa0"  -- -> "Zz9"
"9" ++ -> 10  -- -> 8
"99" ++ -> 100  -- -> 98
"1.5" ++ -> 2.5  -- -> 0.5
"-1" ++ -> 0  -- -> -2
"" ++ -> "1"  -- -> -1
" " ++ -> " "  -- -> " "
"a-" ++ -> "a-"  -- -> "a-"
"-a" ++ -> "-b"  -- -> "-a"
"0x" ++ -> "0y"  -- -> "0x"
"abc" ++ -> "abd"  -- -> "abc"
"1e2" ++ -> 101  -- -> 99
"5 " ++ -> 6  -- -> 4
ab
Az Ba Bb
