--TEST--
exceptions thrown from finally blocks chain the pending one as previous by PHP's rule: never into a cycle when both share an ancestor, or when the pending one is already in the chain
--FILE--
<?php
function chain($e) {
    $out = [];
    for ($i = 0; $e && $i < 10; $e = $e->getPrevious(), $i++) $out[] = $e->getMessage();
    return implode(" <- ", $out);
}
$root = new Exception("root");
$cases = [
    'shared ancestor' => function () use ($root) {
        try { throw new Exception("pending", 0, $root); } finally { throw new Exception("thrown", 0, $root); }
    },
    'rethrow ancestor' => function () use ($root) {
        try { throw new Exception("pending", 0, $root); } finally { throw $root; }
    },
    'unrelated' => function () {
        try { throw new LogicException("pending"); } finally { throw new RuntimeException("thrown", 0, new Exception("cause")); }
    },
    'same object' => function () {
        $e = new Exception("same");
        try { throw $e; } finally { throw $e; }
    },
    'nested finally' => function () {
        try {
            try { throw new Exception("one"); } finally { throw new Exception("two"); }
        } finally {
            throw new Exception("three");
        }
    },
];
foreach ($cases as $name => $f) {
    try { $f(); } catch (Exception $e) { echo "$name: ", chain($e), "\n"; }
}
try {
    try { throw new Exception("Bar", 0, $root); } finally { throw new Exception("Dummy", 0, $root); }
} catch (Exception $e) {
    echo $e, "\n";
}
--EXPECTF--
shared ancestor: thrown <- root
rethrow ancestor: root
unrelated: thrown <- cause <- pending
same object: same
nested finally: three <- two <- one
Exception: root in %s:7
Stack trace:
#0 {main}

Next Exception: Dummy in %s:34
Stack trace:
#0 {main}
