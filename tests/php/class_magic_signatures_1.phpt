--TEST--
classes: declared types of magic methods must fit PHP's signatures (wider parameter types, narrower return types are fine) (case 1)
--ARGS--
1
--FILE--
<?php
class Fine {
    public function __get(string|int $name): mixed { return $name; }
    public function __set(mixed $name, $value): void {}
    public function __isset(string $name): true { return true; }
    public function __call(string $method, iterable $args): never { throw new LogicException($method); }
    public static function __set_state(array $props): static { return new static; }
    public function __toString(): string { return "fine"; }
    public function __debugInfo(): array { return ["x" => 1]; }
}
$f = new Fine;
echo $f->abc, " ", isset($f->q) ? "set" : "unset", " ", $f, "\n";
var_dump($f);
try { $f->go(); } catch (LogicException $e) { echo "threw ", $e->getMessage(), "\n"; }
$bad = [
    'class B0 { public function __get(int $n) {} }',
    'class B1 { public function __toString(): ?string { return ""; } }',
    'class B2 { public static function __callStatic(string $n, string $rest) {} }',
    'class B3 { public function __unserialize(object $data): void {} }',
    'class B4 { public function __debugInfo(): iterable { return []; } }',
];
echo count($bad), "\n";
eval($bad[(int)($argv[1] ?? 0)]);
echo "not reached\n";
--EXPECTF--
abc set fine
object(Fine)#1 (1) {
  ["x"]=>
  int(1)
}
threw go
5

Fatal error: B1::__toString(): Return type must be string when declared in %s(23) : eval()'d code on line 1
[exit 255: ]
