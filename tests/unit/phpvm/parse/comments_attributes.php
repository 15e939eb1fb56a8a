<?php
// line comment ?> <?php
# hash comment
/* block */
/** doc for f */
#[Attr, Other(1, name: 2)]
#[\Fully\Qualified]
function f(#[SensitiveParameter] $x) {}
#[A] class C { #[B] public $p; #[C] const X = 1; #[D] function m() {} }
$g = #[E] fn() => 1;
$h = #[F] static function () {};
