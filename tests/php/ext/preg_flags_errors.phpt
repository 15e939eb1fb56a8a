--TEST--
preg_match/preg_match_all flags (offset capture, unmatched as null, set order, offset), preg_replace with arrays/limits/count, callbacks and callback arrays, preg_split flags, preg_quote, preg_grep, compile and backtrack errors, modifiers, bad delimiters
--FILE--
<?php
var_dump(preg_match('/(\d+)-(\d+)?-(\d+)/', 'a 12--34 b', $m, PREG_OFFSET_CAPTURE), $m, preg_match('/(a)(b)?(c)/', 'ac', $m, PREG_UNMATCHED_AS_NULL), $m, preg_match('/(?<year>\d{4})/', 'in 2024', $m), $m);
var_dump(preg_match_all('/(\w)(\d)/', 'a1 b2 c3', $m, PREG_SET_ORDER), $m, preg_match_all('/(\w)(\d)/', 'a1 b2', $m, PREG_PATTERN_ORDER | PREG_OFFSET_CAPTURE), $m, preg_match_all('/x/', 'abc'), preg_match_all('/\d/', '1a2b3', $m, PREG_PATTERN_ORDER, 2), $m);
var_dump(preg_replace('/(\w+) (\w+)/', '$2 ${1}!', 'hello world'), preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'), preg_replace('/a/', 'x', ['aa', 'ba', 'c']), preg_replace('/a/', 'x', 'aaaa', 2, $c), $c, preg_replace('/\s+/u', ' ', "a \u{00A0}\tb"), preg_replace('/(?i)HELLO/', 'hi', 'Hello'));
var_dump(preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333', -1, $c), $c, preg_replace_callback_array(['/\d+/' => fn($m) => 'N', '/[aeiou]/' => fn($m) => strtoupper($m[0])], 'abc 123 def', -1, $c), $c);
var_dump(preg_split('/[\s,]+/', "a, b  c,d", -1, PREG_SPLIT_NO_EMPTY), preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY), preg_split('/(-)/', 'a-b-c', 2, PREG_SPLIT_DELIM_CAPTURE), preg_split('/ /', 'a b c', -1, PREG_SPLIT_OFFSET_CAPTURE), preg_split('/\d/', 'a1b2c'));
var_dump(preg_quote('Hello.World?(1+1=2)[#]{}^$|/\\', '/'), preg_quote("a#b\0c", '#'), preg_grep('/^\d+$/', ['1', 'a', '22', 'b3']), preg_grep('/^\d+$/', ['1', 'a', '22'], PREG_GREP_INVERT));
var_dump(@preg_match('/(/', 'x'), preg_last_error(), preg_last_error_msg(), preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/^\p{Lu}\p{Ll}+$/u', 'Émile'), preg_match('/./u', "\xff"), preg_last_error_msg(), preg_match('/a.c/s', "a\nc"), preg_match('/^b$/m', "a\nb\nc"), preg_match('/a b/x', 'ab'), preg_match('/ab/A', 'cab'), preg_match('/a$/D', "a\n"), preg_match('/a+?/U', 'aaa', $m), $m);
var_dump(preg_match('/abc', 'abc'));
var_dump(preg_replace('/a/e', 'b', 'a'));
--EXPECTF--
int(1)
array(4) {
  [0]=>
  array(2) {
    [0]=>
    string(6) "12--34"
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    string(2) "12"
    [1]=>
    int(2)
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
    string(2) "34"
    [1]=>
    int(6)
  }
}
int(1)
array(4) {
  [0]=>
  string(2) "ac"
  [1]=>
  string(1) "a"
  [2]=>
  NULL
  [3]=>
  string(1) "c"
}
int(1)
array(3) {
  [0]=>
  string(4) "2024"
  ["year"]=>
  string(4) "2024"
  [1]=>
  string(4) "2024"
}
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "1"
  }
  [1]=>
  array(3) {
    [0]=>
    string(2) "b2"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "2"
  }
  [2]=>
  array(3) {
    [0]=>
    string(2) "c3"
    [1]=>
    string(1) "c"
    [2]=>
    string(1) "3"
  }
}
int(2)
array(3) {
  [0]=>
  array(2) {
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
      string(2) "b2"
      [1]=>
      int(3)
    }
  }
  [1]=>
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
      int(3)
    }
  }
  [2]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(1)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "2"
      [1]=>
      int(4)
    }
  }
}
int(0)
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
}
string(12) "world hello!"
string(2) "cc"
array(3) {
  [0]=>
  string(2) "xx"
  [1]=>
  string(2) "bx"
  [2]=>
  string(1) "c"
}
string(4) "xxaa"
int(2)
string(3) "a b"
string(2) "hi"
string(11) "a2 b44 c666"
int(3)
string(9) "Abc N dEf"
int(3)
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
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(3) "b-c"
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
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
string(45) "Hello\.World\?\(1\+1\=2\)\[\#\]\{\}\^\$\|\/\\"
string(9) "a\#b\000c"
array(2) {
  [0]=>
  string(1) "1"
  [2]=>
  string(2) "22"
}
array(1) {
  [1]=>
  string(1) "a"
}
bool(false)
int(1)
string(14) "Internal error"
bool(false)
int(2)
string(25) "Backtrack limit exhausted"
int(1)
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
int(1)
int(1)
int(1)
int(0)
int(0)
int(1)
array(1) {
  [0]=>
  string(3) "aaa"
}

Warning: preg_match(): No ending delimiter '/' found in %s on line 10
bool(false)

Warning: preg_replace(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 11
NULL
