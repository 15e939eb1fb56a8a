--TEST--
streams: feof of php://memory and php://temp after reads (temp reads ahead), SplTempFileObject lines, getCurrentLine overrides must return strings
--FILE--
<?php
$m = fopen("php://memory", "w+");
$n = fopen("php://temp", "w+"); fwrite($n, "a\nb\n"); rewind($n); var_dump(fgets($n), feof($n), fgets($n), feof($n));
fwrite($m, "a\nb\n");
rewind($m);
var_dump(fgets($m), feof($m), fgets($m), feof($m), fgets($m), feof($m));
rewind($m);
var_dump(fread($m, 4), feof($m));
$t = new SplTempFileObject();
for ($i = 0; $i < 3; $i++) $t->fwrite("line $i\n");
$t->rewind();
while ($t->valid()) echo $t->key(), ": ", $t->fgets();
class Bad extends SplTempFileObject {
    #[ReturnTypeWillChange]
    public function getCurrentLine(): array { return [1]; }
}
$b = new Bad();
$b->fwrite("x\n");
$b->rewind();
try { var_dump($b->current()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(2) "a
"
bool(false)
string(2) "b
"
bool(true)
string(2) "a
"
bool(false)
string(2) "b
"
bool(false)
bool(false)
bool(true)
string(4) "a
b
"
bool(false)
0: line 0
1: line 1
2: line 2
Bad::getCurrentLine(): Return value must be of type string, array returned
