<?php
namespace A {
    function f() {}
}
namespace B\C {
    const X = 1, Y = 2;
}
namespace {
    echo 1;
}
