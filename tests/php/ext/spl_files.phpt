--TEST--
SPL files: SplFileInfo parts and stat facts, DirectoryIterator/FilesystemIterator/RecursiveDirectoryIterator/GlobIterator with their flags, SplFileObject line reading with DROP_NEW_LINE/SKIP_EMPTY/READ_AHEAD/READ_CSV, fgetcsv/fputcsv, seek, SplTempFileObject, errors
--FILE--
<?php
$d = sys_get_temp_dir() . "/spl_files-" . getmypid() . "-" . uniqid();
mkdir($d); mkdir("$d/sub"); mkdir("$d/sub/deep");
file_put_contents("$d/a.txt", "l1\nl2\n\n  \nl5");
file_put_contents("$d/sub/b.csv", "x,y\n\n\"multi\nline\",2\n'q',\"a \"\"b\"\"\"");
file_put_contents("$d/sub/deep/c.tar.gz", "1234567");
$p = fn($s) => str_replace($d, "D", $s);

$i = new SplFileInfo("$d/sub/deep/c.tar.gz");
echo $i->getFilename(), "|", $i->getExtension(), "|", $i->getBasename(), "|", $i->getBasename(".gz"), "|", $p($i->getPath()), "|", $p($i->getPathname()), "|", $p((string)$i), "\n";
var_dump($i->getSize(), $i->getType(), $i->isFile(), $i->isDir(), $i->isLink(), $i->isReadable(), $p($i->getRealPath()));
var_dump(get_class($i->getFileInfo()), $p($i->getPathInfo()->getPathname()), $i->getPathInfo()->isDir());
foreach (["x", "/x", "x/", "a/b/", "/"] as $n) { $j = new SplFileInfo($n); echo "[$n] path=", $j->getPath(), " file=", $j->getFilename(), " name=", $j->getPathname(), "\n"; }
print_r(new SplFileInfo("dir/file.txt")); echo "\n";
try { (new SplFileInfo("$d/missing"))->getMTime(); } catch (RuntimeException $e) { echo $p($e->getMessage()), "\n"; }
try { (new SplFileInfo("$d/missing"))->getType(); } catch (RuntimeException $e) { echo $p($e->getMessage()), "\n"; }

$names = [];
foreach (new DirectoryIterator($d) as $k => $f) $names[] = ($f->isDot() ? "dot " : "") . $f->getFilename() . ($f->isDir() ? "/" : "") . " " . gettype($k) . " " . ($f === $f->current() ? "self" : "");
sort($names); print_r($names);
$names = [];
foreach (new FilesystemIterator($d) as $k => $f) $names[] = $p($k) . " => " . get_class($f) . " " . $f->getFilename();
sort($names); print_r($names);
$names = [];
foreach (new FilesystemIterator("$d/", FilesystemIterator::KEY_AS_FILENAME | FilesystemIterator::CURRENT_AS_PATHNAME) as $k => $f) $names[] = "$k => " . $p($f);
sort($names); print_r($names);
$fi = new FilesystemIterator($d); var_dump($fi->getFlags()); $fi->setFlags(FilesystemIterator::CURRENT_AS_SELF); var_dump($fi->getFlags());
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($d, FilesystemIterator::SKIP_DOTS), RecursiveIteratorIterator::SELF_FIRST);
$names = [];
foreach ($it as $path => $f) $names[] = $it->getDepth() . " " . $it->getSubPathname() . " [" . $it->getSubPath() . "] " . $p($path) . " " . ($it->hasChildren() ? "dir" : "file");
sort($names); print_r($names);
$n = 0; foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($d)) as $f) $n++; var_dump($n);
$names = []; foreach (new GlobIterator("$d/sub/*") as $k => $f) $names[] = $p($k) . " " . $f->getFilename(); print_r($names);
var_dump(count(new GlobIterator("$d/*.txt")), count(new GlobIterator("$d/*.none")));
try { new DirectoryIterator("$d/missing"); } catch (UnexpectedValueException $e) { echo $p($e->getMessage()), "\n"; }
try { new DirectoryIterator(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$di = new DirectoryIterator($d); $di->seek(2); var_dump($di->key());
try { $di->seek(50); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }

$f = new SplFileObject("$d/a.txt");
foreach ($f as $n => $line) var_dump($n, $line);
$f->setFlags(SplFileObject::DROP_NEW_LINE);
foreach ($f as $n => $line) echo "$n:[$line] "; echo "\n";
$f->setFlags(SplFileObject::DROP_NEW_LINE | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($f as $n => $line) echo "$n:[$line] "; echo "\n";
var_dump($f->getFlags());
$f->setFlags(0);
$f->seek(1); var_dump($f->key(), $f->current());
$f->seek(100); var_dump($f->key(), $f->current(), $f->eof(), $f->valid());
$f->rewind(); var_dump($f->fgets(), $f->key(), $f->ftell(), $f->fgetc(), $f->fread(3));
$f->fseek(0); var_dump((string)$f, $f->getMaxLineLen());
$f->setMaxLineLen(1); $f->rewind(); var_dump($f->current());
try { $f->setMaxLineLen(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump($f->hasChildren(), $f->getChildren(), $f->fstat()['size'], $p($f->getPathname()), $f->getFilename());

$c = new SplFileObject("$d/sub/b.csv");
$c->setFlags(SplFileObject::READ_CSV | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD | SplFileObject::DROP_NEW_LINE);
foreach ($c as $k => $row) echo $k, json_encode($row), "\n";
$c->setFlags(SplFileObject::READ_CSV);
foreach ($c as $k => $row) echo $k, json_encode($row), " "; echo "\n";
$c->rewind(); var_dump($c->fgetcsv(), $c->getCsvControl());
$c->setCsvControl(";", "'"); $c->seek(3); var_dump($c->current());
try { $c->setCsvControl("ab"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$w = new SplFileObject("$d/out.csv", "w+");
var_dump($w->fputcsv(['a', 'b c', 'd"e', '']), $w->fputcsv([1, 2], ';'), $w->fwrite("tail\n"), $w->fwrite("abcdef", 3));
$w->fflush(); $w->rewind();
foreach ($w as $line) echo $line; echo "\n";
echo get_class($w), " ", $w->getFilename(), "\n";
$t = new SplTempFileObject();
$t->fwrite("one\ntwo\nthree");
$t->rewind(); foreach ($t as $k => $l) echo "$k:", rtrim($l), " "; echo "\n";
var_dump($t->getPathname(), $t->getFilename(), $t->isFile());
try { new SplFileObject("$d/missing.txt"); } catch (RuntimeException $e) { echo $p($e->getMessage()), "\n"; }
try { new SplFileObject($d); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
$o = (new SplFileInfo("$d/a.txt"))->openFile(); var_dump(get_class($o), trim($o->fgets()));

foreach (["$d/sub/deep/c.tar.gz", "$d/sub/b.csv", "$d/a.txt", "$d/out.csv"] as $x) unlink($x);
rmdir("$d/sub/deep"); rmdir("$d/sub"); rmdir($d);
--EXPECT--
c.tar.gz|gz|c.tar.gz|c.tar|D/sub/deep|D/sub/deep/c.tar.gz|D/sub/deep/c.tar.gz
int(7)
string(4) "file"
bool(true)
bool(false)
bool(false)
bool(true)
string(19) "D/sub/deep/c.tar.gz"
string(11) "SplFileInfo"
string(10) "D/sub/deep"
bool(true)
[x] path= file=x name=x
[/x] path= file=/x name=/x
[x/] path= file=x name=x
[a/b/] path=a file=b name=a/b
[/] path= file=/ name=/
SplFileInfo Object
(
    [pathName:SplFileInfo:private] => dir/file.txt
    [fileName:SplFileInfo:private] => file.txt
)

SplFileInfo::getMTime(): stat failed for D/missing
SplFileInfo::getType(): Lstat failed for D/missing
Array
(
    [0] => a.txt integer self
    [1] => dot ../ integer self
    [2] => dot ./ integer self
    [3] => sub/ integer self
)
Array
(
    [0] => D/a.txt => SplFileInfo a.txt
    [1] => D/sub => SplFileInfo sub
)
Array
(
    [0] => . => D/.
    [1] => .. => D/..
    [2] => a.txt => D/a.txt
    [3] => sub => D/sub
)
int(4096)
int(16)
Array
(
    [0] => 0 a.txt [] D/a.txt file
    [1] => 0 sub [] D/sub dir
    [2] => 1 sub/b.csv [sub] D/sub/b.csv file
    [3] => 1 sub/deep [sub] D/sub/deep dir
    [4] => 2 sub/deep/c.tar.gz [sub/deep] D/sub/deep/c.tar.gz file
)
int(9)
Array
(
    [0] => D/sub/b.csv b.csv
    [1] => D/sub/deep deep
)
int(1)
int(0)
DirectoryIterator::__construct(D/missing): Failed to open directory: No such file or directory
DirectoryIterator::__construct(): Argument #1 ($directory) cannot be empty
int(2)
Seek position 50 is out of range
int(0)
string(3) "l1
"
int(1)
string(3) "l2
"
int(2)
string(1) "
"
int(3)
string(3) "  
"
int(4)
string(2) "l5"
0:[l1] 1:[l2] 2:[] 3:[  ] 4:[l5] 
0:[l1] 1:[l2] 2:[  ] 3:[l5] 
int(7)
int(1)
string(3) "l2
"
int(4)
bool(false)
bool(true)
bool(false)
string(3) "l1
"
int(1)
int(3)
string(1) "l"
string(3) "2

"
string(3) "l1
"
int(0)
string(1) "l"
SplFileObject::setMaxLineLen(): Argument #1 ($maxLength) must be greater than or equal to 0
bool(false)
NULL
int(12)
string(7) "D/a.txt"
string(5) "a.txt"
0["x","y"]
2["multi\nline","2"]
3["'q'","a \"b\""]
0["x","y"] 1[null] 2["multi\nline","2"] 3["'q'","a \"b\""] 
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(3) {
  [0]=>
  string(1) ","
  [1]=>
  string(1) """
  [2]=>
  string(1) "\"
}
array(1) {
  [0]=>
  string(7) "line",2"
}
SplFileObject::setCsvControl(): Argument #1 ($separator) must be a single character
int(16)
int(4)
int(5)
int(3)
a,"b c","d""e",
1;2
tail
abc
SplFileObject out.csv
0:one 1:two 2:three 
string(10) "php://temp"
string(10) "php://temp"
bool(false)
SplFileObject::__construct(D/missing.txt): Failed to open stream: No such file or directory
Cannot use SplFileObject with directories
string(13) "SplFileObject"
string(2) "l1"
