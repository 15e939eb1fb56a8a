--TEST--
ext/tokenizer: token_get_all (inline HTML, echo tags, comments, bad characters, plain text), token_name, the T_* ids, PhpToken (tokenize with a subclass, is with ints, strings and arrays, isIgnorable, getTokenName, __toString, the constructor, TypeErrors) and TOKEN_PARSE's ParseError
--INI--
extension=tokenizer
--FILE--
<?php
var_dump(token_name(59), token_name(T_STRING), token_name(T_PAAMAYIM_NEKUDOTAYIM), token_name(9999), token_name(-1));
$code = "<?php\n\$a = 1 + \$b; // c\nclass X { function list() {} }\n?>\nhtml <?= \$x ?>";
foreach (token_get_all($code) as $t) echo is_array($t) ? token_name($t[0]) . "@" . $t[2] . ":" . json_encode($t[1]) : json_encode($t), " ";
echo "\n";
foreach (token_get_all($code, TOKEN_PARSE) as $t) echo is_array($t) ? token_name($t[0]) . ":" . json_encode($t[1]) : json_encode($t), " ";
echo "\n";
try { token_get_all('<?php if (', TOKEN_PARSE); } catch (ParseError $e) { echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n"; }
$toks = PhpToken::tokenize($code);
foreach (array_slice($toks, 0, 6) as $t) echo $t->id, " ", json_encode($t->text), " ", $t->line, " ", $t->pos, " ", var_export($t->getTokenName(), true), " ", $t->isIgnorable() ? 'ign' : '-', " [", $t, "]\n";
var_dump($toks[1]->is(T_VARIABLE), $toks[1]->is('$a'), $toks[1]->is([T_STRING, '$a']), $toks[3]->is('='));
try { $toks[0]->is(1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $toks[0]->is([1.5]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class MyTok extends PhpToken { public $extra = 'e'; function upper() { return strtoupper($this->text); } }
$m = MyTok::tokenize('<?php echo "hi";');
echo get_class($m[1]), " ", $m[1]->upper(), " ", $m[1]->extra, "\n";
$t = new PhpToken(T_STRING, "foo"); print_r($t); echo "\n";
print_r(new PhpToken(59, ";", 3, 7)); echo "\n";
var_dump(count(token_get_all('')), token_get_all('plain'), token_get_all("<?php \x01"));
--EXPECT--
string(7) "UNKNOWN"
string(8) "T_STRING"
string(14) "T_DOUBLE_COLON"
string(7) "UNKNOWN"
string(7) "UNKNOWN"
T_OPEN_TAG@1:"<?php\n" T_VARIABLE@2:"$a" T_WHITESPACE@2:" " "=" T_WHITESPACE@2:" " T_LNUMBER@2:"1" T_WHITESPACE@2:" " "+" T_WHITESPACE@2:" " T_VARIABLE@2:"$b" ";" T_WHITESPACE@2:" " T_COMMENT@2:"\/\/ c" T_WHITESPACE@2:"\n" T_CLASS@3:"class" T_WHITESPACE@3:" " T_STRING@3:"X" T_WHITESPACE@3:" " "{" T_WHITESPACE@3:" " T_FUNCTION@3:"function" T_WHITESPACE@3:" " T_LIST@3:"list" "(" ")" T_WHITESPACE@3:" " "{" "}" T_WHITESPACE@3:" " "}" T_WHITESPACE@3:"\n" T_CLOSE_TAG@4:"?>\n" T_INLINE_HTML@5:"html " T_OPEN_TAG_WITH_ECHO@5:"<?=" T_WHITESPACE@5:" " T_VARIABLE@5:"$x" T_WHITESPACE@5:" " T_CLOSE_TAG@5:"?>" 
T_OPEN_TAG:"<?php\n" T_VARIABLE:"$a" T_WHITESPACE:" " "=" T_WHITESPACE:" " T_LNUMBER:"1" T_WHITESPACE:" " "+" T_WHITESPACE:" " T_VARIABLE:"$b" ";" T_WHITESPACE:" " T_COMMENT:"\/\/ c" T_WHITESPACE:"\n" T_CLASS:"class" T_WHITESPACE:" " T_STRING:"X" T_WHITESPACE:" " "{" T_WHITESPACE:" " T_FUNCTION:"function" T_WHITESPACE:" " T_STRING:"list" "(" ")" T_WHITESPACE:" " "{" "}" T_WHITESPACE:" " "}" T_WHITESPACE:"\n" T_CLOSE_TAG:"?>\n" T_INLINE_HTML:"html " T_OPEN_TAG_WITH_ECHO:"<?=" T_WHITESPACE:" " T_VARIABLE:"$x" T_WHITESPACE:" " T_CLOSE_TAG:"?>" 
ParseError: Unclosed '(' line 1
389 "<?php\n" 1 0 'T_OPEN_TAG' ign [<?php
]
266 "$a" 2 6 'T_VARIABLE' - [$a]
392 " " 2 8 'T_WHITESPACE' ign [ ]
61 "=" 2 9 '=' - [=]
392 " " 2 10 'T_WHITESPACE' ign [ ]
260 "1" 2 11 'T_LNUMBER' - [1]
bool(true)
bool(true)
bool(true)
bool(true)
PhpToken::is(): Argument #1 ($kind) must be of type string|int|array, float given
PhpToken::is(): Argument #1 ($kind) must only have elements of type string|int, float given
MyTok ECHO e
PhpToken Object
(
    [id] => 262
    [text] => foo
    [line] => -1
    [pos] => -1
)

PhpToken Object
(
    [id] => 59
    [text] => ;
    [line] => 3
    [pos] => 7
)

int(0)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    int(267)
    [1]=>
    string(5) "plain"
    [2]=>
    int(1)
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    int(389)
    [1]=>
    string(6) "<?php "
    [2]=>
    int(1)
  }
  [1]=>
  array(3) {
    [0]=>
    int(405)
    [1]=>
    string(1) ""
    [2]=>
    int(1)
  }
}
