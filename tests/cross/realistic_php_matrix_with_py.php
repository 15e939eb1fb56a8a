<?php
// PHP hands matrices (arrays of rows) to Python for multiplication and transposition.
$lin = compile_py_mod("linalg", <<<'PY'
def rows(m):
    return [list(r.values()) if hasattr(r, "values") else list(r) for r in m.values()]
def matmul(a, b):
    a, b = rows(a), rows(b)
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(c) for c in zip(*rows(m))]
PY);
$a = [[1, 2], [3, 4], [5, 6]];
$b = [[7, 8, 9], [10, 11, 12]];
foreach ($lin->matmul($a, $b) as $row) {
    $cells = [];
    foreach ($row as $c) $cells[] = str_pad($c, 4, " ", STR_PAD_LEFT);
    echo implode("", $cells), "\n";
}
foreach ($lin->transpose($a) as $row) {
    $cells = [];
    foreach ($row as $c) $cells[] = $c;
    echo implode(" ", $cells), "\n";
}
