--TEST--
preg_match and preg_match_all: groups, named groups, flags, offsets, MARK, UTF-8
--FILE--
<?php
var_dump(preg_match('/(\d+)-(?<word>\w+)?(x)?/', 'ab 12-cd', $m), $m);
var_dump(preg_match('/(a)(b)?(c)?/', 'a', $m, PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match('/(a)(b)?(c)/', 'ac', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match('/b/', 'abcb', $m, PREG_OFFSET_CAPTURE, 2), $m);
var_dump(preg_match('/b/', 'abcb', $m, 0, -1), $m);
var_dump(preg_match('/^b/', 'ab', $m, 0, 1), preg_match('/\Gb/', 'ab', $m, 0, 1));
var_dump(preg_match('/(?:a(*MARK:first)|b(*MARK:second))/', 'b', $m), $m);
var_dump(preg_match_all('/(\w)(\d)?/', 'a1 b c3', $m), $m);
var_dump(preg_match_all('/(?<l>\w)(\d)?/', 'a1 b', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/(\w)(\d)?/', 'a1 b', $m, PREG_SET_ORDER | PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match_all('/(?<d>\d)|(?<w>[a-z])/', '1a', $m, PREG_PATTERN_ORDER | PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match_all('/x*/', 'axb'), preg_match_all('/\d/', 'abc', $m), $m);
var_dump(preg_match_all('//u', "añb"), preg_match_all('/./u', "añb", $m), $m);
var_dump(preg_match('/(?<n>a)|(?<n>b)/J', 'b', $m), $m);
var_dump(preg_match('/ABC/i', 'xabcx'), preg_match('/^b$/m', "a\nb\nc"), preg_match('/a.c/s', "a\nc"));
var_dump(preg_match('/a b # comment
  c/x', 'abc'), preg_match('/a+?/U', 'aaa', $m), $m);
var_dump(preg_match('/abc$/D', "abc\n"), preg_match('/abc$/', "abc\n"), preg_match('/b/A', 'ab'));
var_dump(preg_match('/(a)(?:b)(c)/n', 'abc', $m), $m);
var_dump(preg_match('{a(b)c}', 'abc', $m), $m, preg_match('(a\)b)', 'a)b'), preg_match('#/#', '/'));
var_dump(preg_match('~\w+~u', 'héllo wörld', $m), $m);
var_dump(preg_match("/\xc3/u", "\xc3\xa9"));
var_dump(preg_match('/./u', "ab\xff"), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./u', "\xc3\xa9", $m, 0, 1), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/a/', 'a', $m, 0, 5), preg_last_error_msg());
var_dump(preg_match('/a/', 'a'), preg_last_error(), preg_last_error_msg());
try { preg_match('/a/', 'a', $m, PREG_SET_ORDER); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { preg_match_all('/a/', 'a', $m, 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(1)
array(4) {
  [0]=>
  string(5) "12-cd"
  [1]=>
  string(2) "12"
  ["word"]=>
  string(2) "cd"
  [2]=>
  string(2) "cd"
}
int(1)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "a"
  [2]=>
  NULL
  [3]=>
  NULL
}
int(1)
array(4) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "ac"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    int(-1)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(1)
  }
}
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(3)
  }
}
int(1)
array(1) {
  [0]=>
  string(1) "b"
}
int(0)
int(1)
int(1)
array(2) {
  [0]=>
  string(1) "b"
  ["MARK"]=>
  string(6) "second"
}
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "b"
    [2]=>
    string(2) "c3"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
  [2]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "3"
  }
}
int(2)
array(2) {
  [0]=>
  array(4) {
    [0]=>
    string(2) "a1"
    ["l"]=>
    string(1) "a"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "1"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "b"
    ["l"]=>
    string(1) "b"
    [1]=>
    string(1) "b"
  }
}
int(2)
array(2) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(2) "a1"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(0)
    }
    [2]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(1)
    }
  }
  [1]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(3)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(3)
    }
    [2]=>
    array(2) {
      [0]=>
      NULL
      [1]=>
      int(-1)
    }
  }
}
int(2)
array(5) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "a"
  }
  ["d"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    NULL
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    NULL
  }
  ["w"]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(1) "a"
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(1) "a"
  }
}
int(4)
int(0)
array(1) {
  [0]=>
  array(0) {
  }
}
int(4)
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(2) "ñ"
    [2]=>
    string(1) "b"
  }
}
int(1)
array(4) {
  [0]=>
  string(1) "b"
  ["n"]=>
  string(1) "b"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
}
int(1)
int(1)
int(1)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) "aaa"
}
int(0)
int(1)
int(0)
int(1)
array(1) {
  [0]=>
  string(3) "abc"
}
int(1)
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(1) "b"
}
int(1)
int(1)
int(1)
array(1) {
  [0]=>
  string(6) "héllo"
}

Warning: preg_match(): Compilation failed: UTF-8 error: 1 byte missing at end at offset 0 in %s on line 23
bool(false)
bool(false)
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
int(5)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
bool(false)
string(14) "Internal error"
int(1)
int(0)
string(8) "No error"
preg_match(): Argument #4 ($flags) must be a PREG_* constant
preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
