--TEST--
return and break inside switch cases leave the rest of the body compilable
--FILE--
<?php
function f($test) {
    switch($test)
    {
    case 1:
        echo "one\n";
        return;
    case 3:
        return;
    }
    echo "end\n";
}
f(1); f(3); f(2);
--EXPECT--
one
end
