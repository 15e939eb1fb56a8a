--TEST--
FFI: CData values: structs, unions, arrays, pointers, typedefs, casts, var_dump and print_r
--INI--
extension=ffi
ffi.enable=1
--FILE--
<?php
$ffi = FFI::cdef("
    typedef struct point { int x, y; } point_t;
    struct rect { point_t tl; point_t br; const char *name; };
    union word { uint32_t u; uint8_t b[4]; float f; };
    typedef int myint;
    typedef unsigned char byte;
");
$p = $ffi->new("struct point");
$p->x = 3;
$p->y = -4;
var_dump($p);
$q = $ffi->new("point_t");
$q->x = 10;
$i = FFI::new("int");
$i->cdata = 5;
var_dump($i);
$a = FFI::new("int32_t[4]");
$a[0] = 1; $a[3] = 2147483647;
var_dump($a);
$u = FFI::new("uint8_t");
$u->cdata = 300;
$d = FFI::new("double");
$d->cdata = 1.5;
$c = FFI::new("char");
$c->cdata = "A";
$b = FFI::new("bool");
$b->cdata = true;
var_dump($u, $d, $c, $b);
print_r($p); echo "\n";
print_r($a); echo "\n";

echo "sizes: ", FFI::sizeof($p), " ", FFI::sizeof($a), " ", FFI::sizeof($ffi->type("struct rect")),
     " ", FFI::sizeof($ffi->type("union word")), " ", FFI::alignof($ffi->type("struct rect")), "\n";
echo FFI::typeof($a)->getName(), " ", FFI::typeof($p)->getName(), " ", $ffi->type("myint")->getName(),
     " ", $ffi->type("byte*")->getName(), " ", FFI::type("unsigned long long")->getName(), "\n";
echo FFI::arrayType(FFI::type("short"), [2, 3])->getName(), "\n";

$r = $ffi->new("struct rect");
$r->tl->x = 7;
$r->br = $q;
echo $r->tl->x, " ", $r->br->x, " ", $r->br->y, "\n";
var_dump($r->name === null || FFI::isNull($r->name));

$w = $ffi->new("union word");
$w->u = 0x01020304;
echo $w->b[0], " ", $w->b[3], "\n";
$w->f = 1.0;
printf("%08x\n", $w->u);

$pp = FFI::addr($p);
$pp->x = 99;
echo $p->x, " ", $pp[0]->y, "\n";
$ip = FFI::cast("int*", $a);
$ip[1] = 55;
echo $a[1], " ", count($a), "\n";
$narrow = FFI::cast("uint8_t", $i);
echo $narrow->cdata, "\n";
$s = FFI::new("char[8]");
FFI::memcpy($s, "abc", 3);
FFI::memset($s, ord("z"), 1);
echo FFI::string($s), " ", FFI::memcmp($s, "zbc", 3), " ", FFI::memcmp($s, "zbd", 3), "\n";
$sum = 0;
foreach ($a as $k => $v) $sum += $k * $v;
echo $sum, "\n";
$p->x += 1;
$a[2] += 3;
echo $p->x, " ", $a[2], "\n";
$m = $ffi->new("int[2][3]");
$m[1][2] = 6;
echo $m[1][2], " ", FFI::sizeof($m[1]), "\n";
--EXPECT--
object(FFI\CData:struct point)#2 (2) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(-4)
}
object(FFI\CData:int32_t)#4 (1) {
  ["cdata"]=>
  int(5)
}
object(FFI\CData:int32_t[4])#5 (4) {
  [0]=>
  int(1)
  [1]=>
  int(0)
  [2]=>
  int(0)
  [3]=>
  int(2147483647)
}
object(FFI\CData:uint8_t)#6 (1) {
  ["cdata"]=>
  int(44)
}
object(FFI\CData:double)#7 (1) {
  ["cdata"]=>
  float(1.5)
}
object(FFI\CData:char)#8 (1) {
  ["cdata"]=>
  string(1) "A"
}
object(FFI\CData:bool)#9 (1) {
  ["cdata"]=>
  bool(true)
}
FFI\CData:struct point Object
(
    [x] => 3
    [y] => -4
)

FFI\CData:int32_t[4] Object
(
    [0] => 1
    [1] => 0
    [2] => 0
    [3] => 2147483647
)

sizes: 8 16 24 4 8
int32_t[4] struct point int32_t uint8_t* uint64_t
int16_t[2][3]
7 10 0
bool(true)
4 1
3f800000
99 -4
55 4
5
zbc 0 -1
6442450996
100 3
6 12
