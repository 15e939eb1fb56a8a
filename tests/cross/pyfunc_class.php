<?php
// compile_py_func returns a callable PyFunc; PyException and BridgeException extend Exception.
$f = compile_py_func("def f(): return 1");
var_dump($f instanceof PyFunc, is_callable($f), get_class($f));
var_dump(is_subclass_of("PyException", "Exception"), is_subclass_of("BridgeException", "Exception"));
var_dump(class_exists("PyFunc"));
