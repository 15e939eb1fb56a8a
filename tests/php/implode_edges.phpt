--TEST--
implode_edges: implode with empty separators and elements, one-byte results, references and holes
--FILE--
<?php
$cases = [[], [""], ["", ""], ["", "a"], ["a", ""], [1], [12], ["", "", ""], [-5, "x", ""], ["é", 0]];
foreach ($cases as $c) { foreach (["", ",", "--"] as $sep) { var_dump(implode($sep, $c)); } }
$r = [1, 2]; $ref = &$r[0]; $ref = "R"; echo implode("/", $r), "\n";
$h = ["a" => "x", 5 => 7, "b" => ""]; unset($h[5]); echo implode(":", $h), "|\n";
--EXPECT--
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(1) ","
string(2) "--"
string(1) "a"
string(2) ",a"
string(3) "--a"
string(1) "a"
string(2) "a,"
string(3) "a--"
string(1) "1"
string(1) "1"
string(1) "1"
string(2) "12"
string(2) "12"
string(2) "12"
string(0) ""
string(2) ",,"
string(4) "----"
string(3) "-5x"
string(5) "-5,x,"
string(7) "-5--x--"
string(3) "é0"
string(4) "é,0"
string(5) "é--0"
R/2
x:|
