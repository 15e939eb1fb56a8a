--TEST--
Twig (Debian's php-twig) compiles and renders templates: inheritance, blocks, loops, filters with arrow functions, macros, includes, autoescaping, strict variables and syntax errors
--SKIPIF--
<?php if (!is_file('/usr/share/php/Twig/autoload.php')) die('skip php-twig is not installed'); ?>
--INI--
extension=ctype
extension=mbstring
--FILE--
<?php
require '/usr/share/php/Twig/autoload.php';
$loader = new \Twig\Loader\ArrayLoader([
    'base' => "<html><title>{% block title %}Base{% endblock %}</title>\n{% block body %}{% endblock %}</html>\n",
    'index' => <<<'T'
{% extends "base" %}
{% block title %}{{ title|upper }}{% endblock %}
{% block body %}
{% for u in users|filter(u => u.active) %}
  <li class="{{ cycle(['odd','even'], loop.index0) }}">{{ loop.index }}. {{ u.name|e }} ({{ u.age }}) {{ u.tags|join(', ') }}</li>
{% else %}
  none
{% endfor %}
{% set total = users|reduce((c, u) => c + u.age, 0) %}
Total: {{ total }} avg {{ (total / users|length)|number_format(2) }}
{% macro badge(x) %}<b>{{ x }}</b>{% endmacro %}
{% import _self as m %}{{ m.badge('hi') }}
{{ "now"|length }} {{ users|first.name }} {{ users|map(u => u.name)|sort|join('-') }}
{% if users|length > 2 and title starts with 'U' %}many{% endif %}
{{ {'a': 1, 'b': 2}|keys|join }} {{ range(1, 5)|batch(2)|length }} {{ 'x' ~ 3 ~ 'y' }}
{{ include('inc', {n: 7}) }}
{% endblock %}
T,
    'inc' => "inc n={{ n }} {{ n is odd ? 'odd' : 'even' }} {{ dump is defined ? 1 : 0 }}",
]);
$twig = new \Twig\Environment($loader, ['autoescape' => 'html', 'strict_variables' => true]);
$users = [];
for ($i = 0; $i < 5; $i++) $users[] = ['name' => "User<$i>", 'age' => 20 + $i * 3, 'active' => $i % 4 != 1, 'tags' => ['t'.$i, 'x']];
echo $twig->render('index', ['title' => 'Users', 'users' => $users]);
try { $twig->render('index', ['title' => 'U']); } catch (\Twig\Error\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $twig->createTemplate('{{ foo(')->render(); } catch (\Twig\Error\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
<html><title>USERS</title>
  <li class="odd">1. User&lt;0&gt; (20) t0, x</li>
  <li class="even">2. User&lt;2&gt; (26) t2, x</li>
  <li class="odd">3. User&lt;3&gt; (29) t3, x</li>
  <li class="even">4. User&lt;4&gt; (32) t4, x</li>
Total: 130 avg 26.00
<b>hi</b>
3 User&lt;0&gt; User&lt;0&gt;-User&lt;1&gt;-User&lt;2&gt;-User&lt;3&gt;-User&lt;4&gt;
manyab 3 x3y
inc n=7 odd 0
</html>
Twig\Error\RuntimeError: Variable "users" does not exist in "index" at line 4.
Twig\Error\SyntaxError: Unclosed "(" in "__string_template__1707c3177da49fc2f966dd342edace68" at line 1.
