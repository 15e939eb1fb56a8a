--TEST--
namespaces: string class names are always fully qualified; namespace\ names; sub-namespaces and use of a namespace prefix
--FILE--
<?php
namespace Outer\Inner { class Thing { const WHERE = __NAMESPACE__; } function where() { return __FUNCTION__; } }
namespace Outer {
  use Outer\Inner as In;
  echo In\Thing::WHERE, " ", In\where(), " ", Inner\Thing::class, " ", namespace\Inner\Thing::class, "\n";
  $s = 'Outer\Inner\Thing'; echo $s::WHERE, "\n";
  $rel = 'Inner\Thing'; var_dump(class_exists($rel), class_exists('\\' . $s));
  echo \Outer\Inner\where(), "\n";
  var_dump(new In\Thing instanceof Inner\Thing);
}
--EXPECT--
Outer\Inner Outer\Inner\where Outer\Inner\Thing Outer\Inner\Thing
Outer\Inner
bool(false)
bool(true)
Outer\Inner\where
bool(true)
