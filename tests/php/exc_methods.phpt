--TEST--
exceptions: getMessage/getCode/getFile/getLine/getTrace/getTraceAsString and properties visible to subclasses
--FILE--
<?php
class MyE extends Exception { public function __construct($m) { parent::__construct($m, 42); $this->line = 999; }
  public function info() { return [$this->message, $this->code, basename($this->file)]; } }
function thrower($a) { throw new MyE("msg $a"); }
function caller() { thrower('arg'); }
try { caller(); } catch (MyE $e) {
  var_dump($e->getMessage(), $e->getCode(), basename($e->getFile()), $e->getLine(), $e->info());
  echo preg_replace('/\S*\.php/', 'FILE', $e->getTraceAsString()), "\n";
  $t = $e->getTrace(); var_dump(count($t), $t[0]['function'], $t[0]['args'] ?? 'no args', $t[1]['function'], $t[0]['line']);
}
$e = new Exception(); var_dump($e->getMessage(), $e->getCode(), $e->getPrevious(), $e->getLine());
try { new Exception([]); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
--EXPECT--
string(7) "msg arg"
int(42)
string(15) "exc_methods.php"
int(999)
array(3) {
  [0]=>
  string(7) "msg arg"
  [1]=>
  int(42)
  [2]=>
  string(15) "exc_methods.php"
}
#0 FILE(5): thrower('arg')
#1 FILE(6): caller()
#2 {main}
int(2)
string(7) "thrower"
array(1) {
  [0]=>
  string(3) "arg"
}
string(6) "caller"
int(5)
string(0) ""
int(0)
NULL
int(11)
Exception::__construct(): Argument #1 ($message) must be of type string, array given
