<?php
// A PHP string that is not valid UTF-8 reaches Python as bytes; valid UTF-8 as str.
$t = compile_py_func("def t(s): return type(s).__name__ + ' ' + repr(s) + ' ' + str(len(s))");
echo $t("plain"), "\n";
echo $t("caf\xc3\xa9"), "\n";
echo $t("caf\xe9"), "\n";
echo $t("\xff\xfe"), "\n";
echo $t(chr(0) . "a"), "\n";
echo $t(""), "\n";
