--TEST--
ext/tokenizer with TOKEN_PARSE: keywords used as names become T_STRING (class constants, methods, enum cases, static and nullsafe access, named arguments, trait aliases), modifiers stay; ParseErrors with their lines
--INI--
extension=tokenizer
--FILE--
<?php
$code = <<<'CODE'
<?php
namespace App;
use Foo\{Bar, Baz as Qux};
enum Suit: string { case List = 'l'; case Print = 'p'; const Default = self::List; }
class A { const CLASS_ = 1; const FOREACH = 2; public function list() { return $this->print; } public static function new() { return new static; }
  use T { foo as protected; bar as list; } function &array() { static $x = []; return $x; } }
trait T { function foo() {} function bar() {} }
$x = A::list(); $y = $a?->class; $z = A::FOREACH; $f = foo(array: 1, list: 2, default: 3);
$m = match($v) { default => 1 };
function readonly() {} interface I { public function include(); }
CODE;
$a = token_get_all($code); $b = token_get_all($code, TOKEN_PARSE);
foreach ($b as $i => $t) if (is_array($t) && $t[0] != $a[$i][0]) echo token_name($a[$i][0]), " -> ", token_name($t[0]), " ", $t[1], " line ", $t[2], "\n";
echo count($a), " ", count($b), "\n";
foreach (['<?php function (', '<?php class { }', "<?php\n\n\$a = [1, 2;", '<?php echo "unterminated'] as $bad) {
  try { token_get_all($bad, TOKEN_PARSE); echo "ok\n"; } catch (ParseError $e) { echo get_class($e), ": ", $e->getMessage(), " @", $e->getLine(), "\n"; }
  echo count(token_get_all($bad)), "\n";
}
$toks = PhpToken::tokenize($code, TOKEN_PARSE);
echo count(array_filter($toks, fn($t) => $t->is(T_STRING))), " ", implode(',', array_map(fn($t) => $t->getTokenName(), array_slice($toks, 0, 8))), "\n";
echo implode('', array_map('strval', array_filter($toks, fn($t) => !$t->isIgnorable()))), "\n";
--EXPECT--
T_LIST -> T_STRING List line 4
T_PRINT -> T_STRING Print line 4
T_DEFAULT -> T_STRING Default line 4
T_LIST -> T_STRING List line 4
T_FOREACH -> T_STRING FOREACH line 5
T_LIST -> T_STRING list line 5
T_NEW -> T_STRING new line 5
T_LIST -> T_STRING list line 6
T_ARRAY -> T_STRING array line 6
T_LIST -> T_STRING list line 8
T_FOREACH -> T_STRING FOREACH line 8
T_ARRAY -> T_STRING array line 8
T_LIST -> T_STRING list line 8
T_DEFAULT -> T_STRING default line 8
T_READONLY -> T_STRING readonly line 10
T_INCLUDE -> T_STRING include line 10
301 301
ParseError: Unclosed '(' @1
4
ParseError: syntax error, unexpected token "{", expecting identifier @1
6
ParseError: syntax error, unexpected token ";", expecting "]" @3
12
ParseError: syntax error, unexpected end of file, expecting variable or "${" or "{$" @1
5
38 T_OPEN_TAG,T_NAMESPACE,T_WHITESPACE,T_STRING,;,T_WHITESPACE,T_USE,T_WHITESPACE
namespaceApp;useFoo\{Bar,BazasQux};enumSuit:string{caseList='l';casePrint='p';constDefault=self::List;}classA{constCLASS_=1;constFOREACH=2;publicfunctionlist(){return$this->print;}publicstaticfunctionnew(){returnnewstatic;}useT{fooasprotected;baraslist;}function&array(){static$x=[];return$x;}}traitT{functionfoo(){}functionbar(){}}$x=A::list();$y=$a?->class;$z=A::FOREACH;$f=foo(array:1,list:2,default:3);$m=match($v){default=>1};functionreadonly(){}interfaceI{publicfunctioninclude();}
