<?php
// A Python object in a PHP string context uses its __str__.
$m = compile_py_mod("strmod", <<<'PY'
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
PY);
$price = $m->Money(1999);
echo $price, "\n";
echo "Price: {$price} (incl. tax)\n";
echo "Total: " . $m->Money(5) . "\n";
echo strlen($price), " ", strtoupper("x" . $price), "\n";
