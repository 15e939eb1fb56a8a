--TEST--
fn: nullsafe operator short-circuits the whole chain, including arguments with side effects
--FILE--
<?php
class N { public ?N $next = null; public $v = 'v'; function get() { return $this->next; } function val() { return $this->v; } }
$n = new N;
$n->next = new N;
$n->next->v = 'second';
var_dump($n?->next?->v, $n->next?->next?->v, $n?->get()?->val(), $n->next->get()?->val());
function side() { echo "[side effect]"; return 1; }
$null = null;
var_dump($null?->method(side()));
var_dump($null?->a->b->c);
var_dump(isset($null?->a), empty($null?->a));
$arr = ['o' => null];
var_dump($arr['o']?->x ?? 'default');
--EXPECT--
string(6) "second"
NULL
string(6) "second"
NULL
NULL
NULL
bool(false)
bool(true)
string(7) "default"
