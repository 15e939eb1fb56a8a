<?php
// call_py_func($target, $args, $kwargs) calls a Python callable with keyword arguments.
$m = compile_py_mod("kwmod", <<<'PY'
def fmt(value, width=8, fill=' ', align='>'):
    return '[' + format(value, fill + align + str(width)) + ']'
class Greeter:
    def __init__(self, greeting='hello'):
        self.greeting = greeting
    def greet(self, name, punct='.'):
        return self.greeting + ', ' + name + punct
PY);
echo call_py_func($m->fmt, ["abc"], []), "\n";
echo call_py_func($m->fmt, ["abc"], ["width" => 6, "fill" => "*"]), "\n";
echo call_py_func($m->fmt, [], ["value" => "x", "align" => "<", "width" => 3]), "\n";
$g = call_py_func($m->Greeter, [], ["greeting" => "hi"]);
echo call_py_func([$g, "greet"], ["ann"], ["punct" => "!"]), "\n";
