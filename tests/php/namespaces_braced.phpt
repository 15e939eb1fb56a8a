--TEST--
namespaces_braced: braced namespaces, the global namespace block, per-block imports
--FILE--
<?php
namespace Lib\Shapes {
    abstract class Shape {
        abstract function area(): float;
        function describe() { return static::class . " " . number_format($this->area(), 2); }
    }
    class Circle extends Shape {
        function __construct(private float $r) {}
        function area(): float { return M_PI * $this->r ** 2; }
    }
    function unit() { return new Circle(1); }
    const SIDES = ['circle' => 0];
}
namespace Lib\Report {
    use Lib\Shapes\Circle;
    use Lib\Shapes as S;
    function report(S\Shape ...$shapes) {
        foreach ($shapes as $s) echo $s->describe(), "\n";
        return count($shapes);
    }
    echo report(new Circle(2), S\unit()), "\n";
    echo S\SIDES['circle'], "\n";
    echo __NAMESPACE__, "\n";
}
namespace {
    use Lib\Report;
    echo Report\report(new Lib\Shapes\Circle(0.5)), "\n";
    echo "[", __NAMESPACE__, "]\n";
    var_dump(function_exists('Lib\Report\report'), class_exists('Lib\Shapes\Circle'));
    echo strlen("global"), "\n";
}
--EXPECT--
Lib\Shapes\Circle 12.57
Lib\Shapes\Circle 3.14
2
0
Lib\Report
Lib\Shapes\Circle 0.79
1
[]
bool(true)
bool(true)
6
