<?php
class Scale {
    public $calls = 0;
    function __construct(public $k) {}
    function __invoke($x) { $this->calls++; return $x * $this->k; }
}
$s = new Scale(3);
echo $s(5), "\n";
echo call_user_func($s, 7), "\n";
echo implode(",", array_map($s, [1, 2])), "\n";
echo $s->calls, "\n";
var_dump(is_callable($s));
