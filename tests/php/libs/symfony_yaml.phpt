--TEST--
symfony/yaml (Debian's php-symfony-yaml) parses and dumps a YAML document (flow and block collections, scalars, anchors, block literals) and reports a parse error
--SKIPIF--
<?php if (!is_file('/usr/share/php/Symfony/Component/Yaml/autoload.php')) die('skip php-symfony-yaml is not installed'); ?>
--INI--
extension=ctype
extension=mbstring
--FILE--
<?php
require '/usr/share/php/Symfony/Component/Yaml/autoload.php';
use Symfony\Component\Yaml\Yaml;
$doc = <<<'Y'
name: pyhyp
version: 1.2
tags: [vm, jit, "php"]
deps:
  - {name: libffi, ver: 3.4}
  - name: pcre2
    ver: 10.42
multi: |
  line one
  line two
folded: >
  a b
  c
date: 2026-11-22
nul: ~
bool: yes
anchors:
  base: &b {x: 1, y: 2}
  derived: *b
Y;
$v = Yaml::parse($doc);
var_dump($v);
echo Yaml::dump($v, 4, 2);
try { Yaml::parse("a: [1, 2\nb: c"); } catch (\Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
array(10) {
  ["name"]=>
  string(5) "pyhyp"
  ["version"]=>
  float(1.2)
  ["tags"]=>
  array(3) {
    [0]=>
    string(2) "vm"
    [1]=>
    string(3) "jit"
    [2]=>
    string(3) "php"
  }
  ["deps"]=>
  array(2) {
    [0]=>
    array(2) {
      ["name"]=>
      string(6) "libffi"
      ["ver"]=>
      float(3.4)
    }
    [1]=>
    array(2) {
      ["name"]=>
      string(5) "pcre2"
      ["ver"]=>
      float(10.42)
    }
  }
  ["multi"]=>
  string(18) "line one
line two
"
  ["folded"]=>
  string(6) "a b c
"
  ["date"]=>
  int(1795305600)
  ["nul"]=>
  NULL
  ["bool"]=>
  string(3) "yes"
  ["anchors"]=>
  array(2) {
    ["base"]=>
    array(2) {
      ["x"]=>
      int(1)
      ["y"]=>
      int(2)
    }
    ["derived"]=>
    array(2) {
      ["x"]=>
      int(1)
      ["y"]=>
      int(2)
    }
  }
}
name: pyhyp
version: 1.2
tags:
  - vm
  - jit
  - php
deps:
  -
    name: libffi
    ver: 3.4
  -
    name: pcre2
    ver: 10.42
multi: "line one\nline two\n"
folded: "a b c\n"
date: 1795305600
nul: null
bool: 'yes'
anchors:
  base:
    x: 1
    'y': 2
  derived:
    x: 1
    'y': 2
Symfony\Component\Yaml\Exception\ParseException: Malformed inline YAML string at line 2 (near "b: c").
