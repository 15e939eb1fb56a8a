--TEST--
enums: enums in match, switch, as array values and in_array/array_search (not as keys)
--FILE--
<?php
enum Dir { case Up; case Down; case Left; case Right; }
function turn(Dir $d): Dir { return match($d) { Dir::Up => Dir::Right, Dir::Right => Dir::Down, Dir::Down => Dir::Left, Dir::Left => Dir::Up }; }
$d = Dir::Up; for ($i = 0; $i < 5; $i++) { echo $d->name, " "; $d = turn($d); } echo "\n";
switch (Dir::Left) { case Dir::Up: echo "up\n"; break; case Dir::Left: echo "left\n"; break; }
var_dump(in_array(Dir::Down, [Dir::Up, Dir::Down], true), array_search(Dir::Left, Dir::cases()));
try { $a = [Dir::Up => 1]; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$s = new SplObjectStorage; $s[Dir::Down] = 'spl'; var_dump($s[Dir::Down]);
try { echo match(Dir::Up) { Dir::Down => 'x' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Up Right Down Left Up 
left
bool(true)
int(2)
Illegal offset type
string(3) "spl"
Unhandled match case of type Dir
