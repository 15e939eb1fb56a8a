--TEST--
enums: methods, static methods, constants referencing cases, interfaces implemented by enums
--FILE--
<?php
interface HasLabel { public function label(): string; }
enum Size: string implements HasLabel {
  case S = 's'; case M = 'm'; case L = 'l';
  const DEFAULT = self::M;
  const ALL = [self::S, self::L];
  public function label(): string { return ucfirst($this->name) . '(' . $this->value . ')'; }
  public static function biggest(): self { return self::L; }
  public function next(): ?self { $c = self::cases(); $i = array_search($this, $c, true); return $c[$i + 1] ?? null; } }
echo Size::DEFAULT->label(), " ", Size::biggest()->label(), "\n";
var_dump(Size::S instanceof HasLabel, Size::S->next(), Size::L->next(), count(Size::ALL));
function show(HasLabel $l) { return $l->label(); } echo show(Size::M), "\n";
var_dump(Size::M->name, constant('Size::M'), defined('Size::S'));
--EXPECT--
M(m) L(l)
bool(true)
enum(Size::M)
NULL
int(2)
M(m)
string(1) "M"
enum(Size::M)
bool(true)
