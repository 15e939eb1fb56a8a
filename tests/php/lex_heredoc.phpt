--TEST--
lex: heredoc and nowdoc, quoted labels, interpolation, closing-marker indentation removal
--FILE--
<?php
$name = 'World';
$a = ['k' => 'v'];
echo <<<EOT
Hello $name
  indented {$a['k']}
Escapes: \t|\x41|\$name
EOT;
echo "\n";
echo <<<"QUOTED"
quoted label $name
QUOTED;
echo "\n";
echo <<<'NOW'
nowdoc $name \t {$a['k']}
NOW;
echo "\n";
echo <<<EOT
    four spaces removed
      two remain
    $name
    EOT;
echo "\n";
$list = [<<<A
  one
  A, <<<B
  two
  B];
var_dump($list);
echo <<<E

E;
echo "|\n";
var_dump(<<<EMPTY
EMPTY);
echo strlen(<<<X
  a
 X), "\n";
echo <<<EOTX
EOTXY is not the end: EOTX
EOTX, "\n";
--EXPECT--
Hello World
  indented v
Escapes: 	|A|$name
quoted label World
nowdoc $name \t {$a['k']}
four spaces removed
  two remain
World
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
|
string(0) ""
2
EOTXY is not the end: EOTX
