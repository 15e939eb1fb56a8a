--TEST--
dir() and the Directory class; readdir/rewinddir/closedir default to the last handle opened
--FILE--
<?php
$base = sys_get_temp_dir() . "/dir_directory_class-" . getmypid() . "-" . uniqid();
mkdir($base);
touch("$base/a.txt");
$d = dir($base);
var_dump(get_class($d), $d->path === $base, is_resource($d->handle));
$names = [];
while (($n = $d->read()) !== false) $names[] = $n;
sort($names);
print_r($names);
$d->rewind();
var_dump($d->read() !== false);
var_dump($d->close());
try {
    $d->read();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$h = opendir($base);
$names = [];
while (($n = readdir()) !== false) $names[] = $n;
var_dump(count($names));
rewinddir();
var_dump(readdir() !== false);
var_dump(closedir());
try {
    closedir();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$f = fopen("$base/a.txt", "r");
try {
    readdir($f);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
fclose($f);
var_dump(opendir(''), dir(''));
var_dump(@dir("$base/missing"));
unlink("$base/a.txt");
rmdir($base);
--EXPECT--
string(9) "Directory"
bool(true)
bool(true)
Array
(
    [0] => .
    [1] => ..
    [2] => a.txt
)
bool(true)
NULL
Directory::read(): supplied resource is not a valid Directory resource
int(3)
bool(true)
NULL
No resource supplied
readdir(): Argument #1 ($dir_handle) must be a valid Directory resource
bool(false)
bool(false)
bool(false)
