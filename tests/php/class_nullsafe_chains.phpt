--TEST--
classes: ?-> short-circuits the rest of the chain including calls and their arguments
--FILE--
<?php
class N { public $next = null; public $val = 'v'; function get() { return $this->next; } function self() { return $this; } }
function side() { echo "side effect\n"; return 1; }
$n = new N; $null = null;
var_dump($null?->val, $null?->get()->val, $null?->foo(side())->bar);
var_dump($n?->get()?->val, $n->self()?->val, $n?->next?->next?->val);
$n->next = new N; $n->next->val = 'inner';
var_dump($n?->get()?->val, $n?->next?->self()->val);
var_dump(isset($null?->val), isset($n?->next?->val), empty($null?->val));
var_dump($null?->arr['k'], $null?->m()['x']);
$r = $null?->val ?? 'default'; var_dump($r);
try { $null->get(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "done\n";
--EXPECT--
NULL
NULL
NULL
NULL
string(1) "v"
NULL
string(5) "inner"
string(5) "inner"
bool(false)
bool(true)
bool(true)
NULL
NULL
string(7) "default"
Call to a member function get() on null
done
