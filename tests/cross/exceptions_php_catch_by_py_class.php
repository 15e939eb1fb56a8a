<?php
// A Python exception is also catchable in PHP by the Python class name.
$m = compile_py_mod("errs", <<<'PY'
class BadNumber(Exception):
    pass
def parse(s):
    if not s.isdigit():
        raise BadNumber("not a number: " + s)
    return int(s)
PY);
try {
    $m->parse("12x");
} catch (BadNumber $e) {
    echo "caught BadNumber: ", $e->getMessage(), "\n";
}
echo $m->parse("42"), "\n";
