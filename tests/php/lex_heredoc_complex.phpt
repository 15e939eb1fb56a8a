--TEST--
lex: heredocs with complex interpolation, as arguments, in arrays, with method calls and nested quotes
--FILE--
<?php
class U { public $name = 'Ann'; public $tags = ['a' => 'alpha']; function greet($x) { return "hi $x"; } }
$u = new U;
$items = ['one', 'two'];
$text = <<<TXT
    Name: {$u->name} / $u->name
    Tag: {$u->tags['a']}
    Call: {$u->greet('bob')}
    Item: $items[1] and {$items[0]}
    Quotes: "double" 'single' \$escaped
    Math: {${'items'}[0]}
    TXT;
echo $text, "\n";
echo strtoupper(<<<X
  arg
  X), "\n";
$arr = ['k' => <<<V
  value
  V, 'n' => <<<'N'
  now $doc
  N];
var_dump($arr);
$nested = <<<OUT
  outer {$u->greet(<<<IN
    inner
    IN)}
  OUT;
echo $nested, "\n";
echo <<<E
\x41\101\u{42}\t|
E;
echo "\n";
--EXPECT--
Name: Ann / Ann
Tag: alpha
Call: hi bob
Item: two and one
Quotes: "double" 'single' $escaped
Math: one
ARG
array(2) {
  ["k"]=>
  string(5) "value"
  ["n"]=>
  string(8) "now $doc"
}
outer hi inner
AAB	|
