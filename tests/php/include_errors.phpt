--TEST--
include_errors: warnings, exceptions and parse errors of an included file report that file
--FILE--
<?php
$base = __FILE__; // included files named after the script, so the recorded paths can be masked
file_put_contents("$base.warn.php", "<?php\n\necho \$undefined_in_include;\nreturn 1 + [];\n");
file_put_contents("$base.throw.php", "<?php\nfunction thrower() {\n    throw new RuntimeException('from include');\n}\nthrower();\n");
file_put_contents("$base.parse.php", "<?php\necho 'ok';\n\$a = 1 +;\n");
try {
    include "$base.warn.php";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), " at ", basename($e->getFile()), ":", $e->getLine(), "\n";
}
function run() {
    try {
        include __FILE__ . ".throw.php";
    } catch (RuntimeException $e) {
        echo $e->getMessage(), " at ", basename($e->getFile()), ":", $e->getLine(), "\n";
        foreach ($e->getTrace() as $t) echo "  ", $t['function'], " ", basename($t['file']), ":", $t['line'], "\n";
    }
}
run();
try {
    include "$base.parse.php";
} catch (ParseError $e) {
    echo get_class($e), ": ", $e->getMessage(), " at ", basename($e->getFile()), ":", $e->getLine(), "\n";
}
try {
    eval('echo "no semicolon"');
} catch (ParseError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
unlink("$base.warn.php");
unlink("$base.throw.php");
echo "uncaught next\n";
require "$base.parse.php";
--EXPECTF--

Warning: Undefined variable $undefined_in_include in %s.warn.php on line 3
TypeError: Unsupported operand types: int + array at include_errors.php.warn.php:4
from include at include_errors.php.throw.php:3
  thrower include_errors.php.throw.php:5
  include include_errors.php:13
  run include_errors.php:19
ParseError: syntax error, unexpected token ";" at include_errors.php.parse.php:3
ParseError: syntax error, unexpected end of file, expecting "," or ";" line 1
uncaught next

Parse error: syntax error, unexpected token ";" in %s.parse.php on line 3
[exit 255: ]
