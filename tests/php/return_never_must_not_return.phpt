--TEST--
A never-returning function with a return statement is a compile error
--FILE--
<?php
echo "never printed\n";
function fail(string $why): never {
    if ($why === "") {
        return;
    }
    throw new Exception($why);
}
--EXPECTF--

Fatal error: A never-returning function must not return in %s on line 5
[exit 255: ]
