--TEST--
enums: declaration rules (no properties, no forbidden magic methods, no own cases(), the enum interfaces) checked when a declaration runs (rule 2: trait magic)
--ARGS--
2
--FILE--
<?php
trait Greets { public function __call($m, $a) { return "$m called"; } }
enum Fine: string implements JsonSerializable {
    use Greets;
    case Yes = "y";
    const DEFAULT = self::Yes;
    public static function __callStatic($m, $a) { return "static $m"; }
    public function __invoke() { return $this->value; }
    public function jsonSerialize(): mixed { return $this->name; }
}
echo Fine::Yes->hello(), " | ", Fine::bye(), " | ", (Fine::DEFAULT)(), " | ", json_encode([Fine::Yes]), "\n";
$bad = [
    'enum E1 { case A; public $x; }',
    'enum E2 { case A; public function __toString(): string { return ""; } }',
    'trait T3 { public function __construct() {} } enum E3 { use T3; case A; }',
    'enum E4 { case A; public static function cases(): array { return []; } }',
    'enum E5: int { case A = 1; public static function from(int|string $v): static { return self::A; } }',
    'class C6 implements UnitEnum { public static function cases(): array { return []; } }',
    'enum E7 implements BackedEnum { case A; }',
    'enum E8: int implements BackedEnum { case A = 1; }',
    'enum E9 { case A; public function __sleep() { return []; } }',
];
$which = (int)($argv[1] ?? -1);
echo count($bad), " rules\n";
if ($which >= 0) eval($bad[$which]);
eval('enum E10 { case A; public static $count = 0; }');
echo "not reached\n";
--EXPECTF--
hello called | static bye | y | ["Yes"]
9 rules

Fatal error: Enum E3 cannot include magic method __construct in %s(25) : eval()'d code on line 1
[exit 255: ]
