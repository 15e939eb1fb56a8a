--TEST--
err: parse errors in included files are ParseError exceptions with PHP's messages and lines
--FILE--
<?php
$dir = sys_get_temp_dir() . '/phpa_parse_' . getmypid() . '_' . uniqid();
mkdir($dir);
$cases = [
    "<?php\n\$x = ;\n",
    "<?php\nfunction f( {\n",
    "<?php\nif (true) {\n  echo 1;\n",
    "<?php\n\$a = [1, 2;\n",
    "<?php\necho 'unterminated;\n",
    "<?php\nclass { }\n",
    "<?php\n\$x = 1\n\$y = 2;\n",
    "<?php\nfunction() {};\n",
    "<?php\nfor (\$i = 0; \$i < 3; \$i++ {\n}\n",
    "<?php\n\$s = \"abc {\$x\";\n",
    "<?php\nconst = 5;\n",
    "<?php\necho 1 2;\n",
];
foreach ($cases as $i => $code) {
    $file = "$dir/case$i.php";
    file_put_contents($file, $code);
    try { include $file; echo "no error in case $i\n"; }
    catch (ParseError $e) { echo "case $i: line ", $e->getLine(), ": ", $e->getMessage(), "\n"; }
    unlink($file);
}
rmdir($dir);
--EXPECT--
case 0: line 2: syntax error, unexpected token ";"
case 1: line 2: syntax error, unexpected token "{", expecting variable
case 2: line 4: Unclosed '{' on line 2
case 3: line 2: syntax error, unexpected token ";", expecting "]"
case 4: line 2: syntax error, unexpected string content "unterminated;"
case 5: line 2: syntax error, unexpected token "{", expecting identifier
case 6: line 3: syntax error, unexpected variable "$y"
no error in case 7
case 8: line 2: syntax error, unexpected token "{", expecting ")"
case 9: line 2: syntax error, unexpected double-quote mark, expecting "->" or "?->" or "{" or "["
case 10: line 2: syntax error, unexpected token "=", expecting identifier
case 11: line 2: syntax error, unexpected integer "2", expecting "," or ";"
