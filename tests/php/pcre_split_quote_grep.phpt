--TEST--
preg_split (limits, NO_EMPTY, DELIM_CAPTURE, OFFSET_CAPTURE), preg_quote, preg_grep
--FILE--
<?php
var_dump(preg_split('/[\s,]+/', "hypertext language, programming"));
var_dump(preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY), preg_split('//', 'abc'));
var_dump(preg_split('//u', 'añb', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/(-)/', 'a-b-c', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/(-)|(\+)/', 'a-b+c', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/ /', 'a b c d', 2), preg_split('/ /', 'a b c d', 1), preg_split('/ /', 'a b c d', 0));
var_dump(preg_split('/ /', 'a b c', -1, PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/x/', 'axbx', -1, PREG_SPLIT_NO_EMPTY | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/\d*/', 'ab1c'), preg_split('/,/', ''), preg_split('/,/', '', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_quote('Hello.World?(#/)-[]{}=!<>|:$^*+\\'), preg_quote("a/b#c\0d", '/'), preg_quote('a#b', '#'));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'x' => '22', 7 => 3.5, 8 => 42]));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'x' => '22', 7 => 3.5], PREG_GREP_INVERT));
--EXPECT--
array(3) {
  [0]=>
  string(9) "hypertext"
  [1]=>
  string(8) "language"
  [2]=>
  string(11) "programming"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
  [4]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(2) "ñ"
  [2]=>
  string(1) "b"
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "-"
  [4]=>
  string(1) "c"
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "+"
  [4]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(5) "b c d"
}
array(1) {
  [0]=>
  string(7) "a b c d"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(4)
  }
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
}
array(6) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
  [4]=>
  string(1) "c"
  [5]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
string(53) "Hello\.World\?\(\#/\)\-\[\]\{\}\=\!\<\>\|\:\$\^\*\+\\"
string(12) "a\/b\#c\000d"
string(4) "a\#b"
array(3) {
  [0]=>
  string(1) "1"
  ["x"]=>
  string(2) "22"
  [8]=>
  int(42)
}
array(2) {
  [1]=>
  string(1) "a"
  [7]=>
  float(3.5)
}
