--TEST--
namespaces: class names in instanceof, catch, type hints, static calls, strings and callables resolve relative to the namespace
--FILE--
<?php
namespace Shop;
class Item { static function make() { return new static; } }
class ItemException extends \Exception {}
function typed(Item $i): Item { return $i; }
var_dump(typed(Item::make()) instanceof Item, Item::make() instanceof \Shop\Item);
try { throw new ItemException('x'); } catch (ItemException $e) { echo get_class($e), "\n"; }
try { throw new \RuntimeException('r'); } catch (\Exception $e) { echo get_class($e), "\n"; }
var_dump(call_user_func('Shop\Item::make') instanceof Item, call_user_func([Item::class, 'make']) instanceof Item);
var_dump(is_a(new Item, 'Shop\Item'), is_a(new Item, 'Item'), class_exists('Item'), class_exists('Shop\Item'));
try { typed(new \stdClass); } catch (\TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
var_dump(array_map(fn($c) => $c, [Item::class, namespace\Item::class, 'Item']));
--EXPECT--
bool(true)
bool(true)
Shop\ItemException
RuntimeException
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
Shop\typed(): Argument #1 ($i) must be of type Shop\Item, stdClass given
array(3) {
  [0]=>
  string(9) "Shop\Item"
  [1]=>
  string(9) "Shop\Item"
  [2]=>
  string(4) "Item"
}
