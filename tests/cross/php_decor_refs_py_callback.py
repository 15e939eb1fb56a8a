# A Python function with @php_decor(refs=[0]) handed to PHP, which calls it with a PHP variable by
# reference; the PHP variable changes.
@php_decor(refs=[0])
def double_in_place(cell):
    cell.store(cell.deref() * 2)
run = compile_php_func("""
function run($f) {
    $v = 21;
    $f($v);
    $arr = [1, 2];
    $g = function (&$x) { $x[] = 3; };
    $g($arr);
    return $v . " " . count($arr);
}
""")
print(run(double_in_place))
