--TEST--
The stat family and touch give false silently for an empty name and warn about a NUL byte; disk space rejects NUL bytes; tempnam('') uses the temporary directory silently
--FILE--
<?php
foreach (['stat', 'lstat', 'filesize', 'filemtime', 'fileatime', 'filectime', 'fileperms', 'fileinode', 'fileowner', 'filegroup', 'filetype', 'is_file', 'is_dir', 'file_exists', 'is_readable'] as $f) {
    echo "$f: ";
    var_dump($f(''), $f("a\0b"));
}
var_dump(touch(''));
foreach (['disk_free_space', 'disk_total_space'] as $f) {
    try {
        $f("/\0x");
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$t = tempnam('', 'phpext');
var_dump(dirname($t) === realpath(sys_get_temp_dir()), file_exists($t));
unlink($t);
--EXPECTF--
stat: 
Warning: stat(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
lstat: 
Warning: lstat(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
filesize: 
Warning: filesize(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
filemtime: 
Warning: filemtime(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
fileatime: 
Warning: fileatime(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
filectime: 
Warning: filectime(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
fileperms: 
Warning: fileperms(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
fileinode: 
Warning: fileinode(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
fileowner: 
Warning: fileowner(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
filegroup: 
Warning: filegroup(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
filetype: 
Warning: filetype(): Filename contains null byte in %s on line 4
bool(false)
bool(false)
is_file: bool(false)
bool(false)
is_dir: bool(false)
bool(false)
file_exists: bool(false)
bool(false)
is_readable: bool(false)
bool(false)
bool(false)
disk_free_space(): Argument #1 ($directory) must not contain any null bytes
disk_total_space(): Argument #1 ($directory) must not contain any null bytes
bool(true)
bool(true)
