<?php
// A Python method with a by-reference parameter (php_decor refs) added by compile_py_meth.
class Stack {
    public $items = [];
}
compile_py_meth("Stack", "@php_decor(refs=[1])\ndef pop_into(self, out):\n    items = self.items\n    out.store(items[len(items) - 1])\n    del items[len(items) - 1]\n    self.items = items\n    return len(items)");
$s = new Stack;
$s->items = ["a", "b", "c"];
$v = null;
echo $s->pop_into($v), " ", $v, "\n";
echo $s->pop_into($v), " ", $v, "\n";
print_r($s->items);
