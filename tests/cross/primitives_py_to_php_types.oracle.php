<?php
function vals() { return [1, -(2**40), 3.75, true, false, null, 'héllo', '']; }
foreach (vals() as $v) {
    var_dump($v);
}
function one() { return 1; }
var_dump(is_int(one()), one() === 1);
function fl() { return 0.1 + 0.2; }
var_dump(fl(), is_float(fl()));
function n() { return null; }
var_dump(is_null(n()), n() === null);
