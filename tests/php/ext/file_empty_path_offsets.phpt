--TEST--
Stream-opening functions reject an empty path; file_get_contents honours offset and length
--FILE--
<?php
$dir = sys_get_temp_dir() . "/file_empty_path_offsets-" . getmypid() . "-" . uniqid();
mkdir($dir);
$f = "$dir/data.txt";
file_put_contents($f, "0123456789abcdef");
$calls = [
    'fopen' => fn() => fopen('', 'r'),
    'file_get_contents' => fn() => file_get_contents(''),
    'file_put_contents' => fn() => file_put_contents('', 'x'),
    'readfile' => fn() => readfile(''),
    'file' => fn() => file(''),
    'md5_file' => fn() => md5_file(''),
    'sha1_file' => fn() => sha1_file(''),
    'hash_file' => fn() => hash_file('md5', ''),
    'copy' => fn() => copy('', "$dir/x"),
    'gzopen' => fn() => gzopen('', 'r'),
    'SplFileObject' => fn() => new SplFileObject(''),
    'offset 4' => fn() => file_get_contents($f, false, null, 4),
    'offset 4 length 3' => fn() => file_get_contents($f, false, null, 4, 3),
    'offset -3' => fn() => file_get_contents($f, false, null, -3),
    'offset -30' => fn() => file_get_contents($f, false, null, -30),
    'offset past end' => fn() => file_get_contents($f, false, null, 100),
    'length 0' => fn() => file_get_contents($f, false, null, 0, 0),
    'length null' => fn() => file_get_contents($f, false, null, 10, null),
    'length -1' => fn() => file_get_contents($f, false, null, 0, -1),
];
foreach ($calls as $name => $call) {
    echo "$name: ";
    try {
        var_dump($call());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
unlink($f);
rmdir($dir);
--EXPECTF--
fopen: ValueError: Path cannot be empty
file_get_contents: ValueError: Path cannot be empty
file_put_contents: ValueError: Path cannot be empty
readfile: ValueError: Path cannot be empty
file: ValueError: Path cannot be empty
md5_file: ValueError: Path cannot be empty
sha1_file: ValueError: Path cannot be empty
hash_file: ValueError: Path cannot be empty
copy: ValueError: Path cannot be empty
gzopen: ValueError: Path cannot be empty
SplFileObject: ValueError: Path cannot be empty
offset 4: string(12) "456789abcdef"
offset 4 length 3: string(3) "456"
offset -3: string(3) "def"
offset -30: 
Warning: file_get_contents(): Failed to seek to position -30 in the stream in %s on line 21
bool(false)
offset past end: string(0) ""
length 0: string(0) ""
length null: string(6) "abcdef"
length -1: ValueError: file_get_contents(): Argument #5 ($length) must be greater than or equal to 0
