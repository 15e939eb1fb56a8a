<?php
$a[0][1]['x']->p->q[2]->m()();
$o?->p?->m()?->q;
A::$s; A::$s[0]; A::$$v; A::m(); A::{'m'}(); A::$f(); static::x(); self::C; parent::C::D;
$cls::C; $cls::$p; $cls::m(); 'A'::m(); [$o, 'm'](); 'strlen'('x'); "f$x"();
$o->{'p' . $x}; $o->$p; $o->$p(); $o->{$m}(); $a[]; f()[0]; (new A)->m(); X::class; $o::class;
FOO[0]; FOO->x; __LINE__[0]; "str"[0]; [1, 2][0]; (clone $x)->y;
$o->class; $o->list; $o->function(); A::new(); A::print;
