<?php
// @php_decor(access="private") makes a compile_py_meth method private: callable from the class only.
class Safe {
    public function open() { return "opened with " . $this->code(); }
}
compile_py_meth("Safe", "@php_decor(access='private')\ndef code(self): return '1234'");
$s = new Safe;
echo $s->open(), "\n";
try {
    echo $s->code(), "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
