--TEST--
symfony/expression-language (Debian's php-symfony-expression-language, on symfony/cache's ArrayAdapter, which reads items through (array) casts of protected properties): evaluation, compilation, and its error for late registration
--SKIPIF--
<?php if (!is_file('/usr/share/php/Symfony/Component/ExpressionLanguage/autoload.php')) die('skip the Debian package is not installed'); ?>
--FILE--
<?php
foreach (['Cache', 'ExpressionLanguage'] as $c) { $f = "/usr/share/php/Symfony/Component/$c/autoload.php"; if (is_file($f)) require $f; }
require '/usr/share/php/Symfony/Component/ExpressionLanguage/autoload.php';
use Symfony\Component\ExpressionLanguage\ExpressionLanguage;
$el = new ExpressionLanguage();
echo $el->evaluate('1 + 2 * 3'), " ", $el->evaluate('a.b ~ " " ~ c[1]', ['a' => (object)['b' => 'x'], 'c' => [5, 6]]), " ", var_export($el->evaluate('x in [1,2,3] and not (y matches "/^a/")', ['x' => 2, 'y' => 'bc']), true), "\n";
echo $el->compile('a + b * 2 > 10 ? "big" : "small"', ['a', 'b']), "\n";
$el->register('lower', fn($s) => "strtolower($s)", fn($args, $s) => strtolower($s));
echo $el->evaluate('lower("ABC") ~ (1..3)|length', []) ?? '', "\n";
--EXPECTF--
7 x 6 true
(((($a + ($b * 2)) > 10)) ? ("big") : ("small"))

Fatal error: Uncaught LogicException: Registering functions after calling evaluate(), compile() or parse() is not supported. in /usr/share/php/Symfony/Component/ExpressionLanguage/ExpressionLanguage.php:133
Stack trace:
#0 %s(8): Symfony\Component\ExpressionLanguage\ExpressionLanguage->register('lower', Object(Closure), Object(Closure))
#1 {main}
  thrown in /usr/share/php/Symfony/Component/ExpressionLanguage/ExpressionLanguage.php on line 133
[exit 255: ]
