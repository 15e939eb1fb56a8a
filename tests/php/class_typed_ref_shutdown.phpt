--TEST--
classes: shutdown releases a global that is a reference bound to a non-nullable typed property
--FILE--
<?php class D { function __destruct() { echo "dtor\n"; } }
class H { public D $d; }
$h = new H; $h->d = new D;
$g = &$h->d;
echo "end\n";
--EXPECT--
end
dtor
