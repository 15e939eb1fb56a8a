--TEST--
preg_* pattern errors: delimiters, modifiers, compilation failures, limits
--INI--
pcre.backtrack_limit=10000
--FILE--
<?php
foreach (['', '   ', 'abc', '\\a\\', "\0a\0", '/abc', '(abc', '[abc]]', '/abc/k', "/abc/\0",
          '/abc/e', '/(abc/', '/a{2,1}/', '/[z-a]/', '/(?<1a>x)/', " \n/ok/i", "/a/ \n"] as $p) {
    echo json_encode_like($p), ": ";
    var_dump(preg_match($p, 'ABC abc'));
    echo preg_last_error(), " ", preg_last_error_msg(), "\n";
}
function json_encode_like($s) { return '"' . addcslashes_like($s) . '"'; }
function addcslashes_like($s) { return str_replace(["\0", "\n"], ['\0', '\n'], $s); }
var_dump(preg_replace('/(/', 'x', 'abc'), preg_split('/(/', 'abc'), preg_grep('/(/', ['a']));
var_dump(preg_match_all('/(/', 'abc', $m), $m);
var_dump(preg_replace_callback('/(/', fn($m) => 'x', 'abc'));
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'));
var_dump(preg_last_error() === PREG_BACKTRACK_LIMIT_ERROR, preg_last_error_msg());
var_dump(preg_replace('/(?:\D+|<\d+>)*[!?]/', '', 'foobar foobar foobar'), preg_last_error());
var_dump(preg_match('/a/', 'a'), preg_last_error());
var_dump(ini_get('pcre.backtrack_limit'), ini_set('pcre.backtrack_limit', '1000000'), ini_get('pcre.backtrack_limit'));
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error());
var_dump(PREG_PATTERN_ORDER, PREG_SET_ORDER, PREG_OFFSET_CAPTURE, PREG_UNMATCHED_AS_NULL,
         PREG_SPLIT_NO_EMPTY, PREG_SPLIT_DELIM_CAPTURE, PREG_SPLIT_OFFSET_CAPTURE, PREG_GREP_INVERT,
         PREG_NO_ERROR, PREG_INTERNAL_ERROR, PREG_BACKTRACK_LIMIT_ERROR, PREG_RECURSION_LIMIT_ERROR,
         PREG_BAD_UTF8_ERROR, PREG_BAD_UTF8_OFFSET_ERROR, PREG_JIT_STACKLIMIT_ERROR, PCRE_JIT_SUPPORT);
--EXPECTF--
"": 
Warning: preg_match(): Empty regular expression in %s on line 5
bool(false)
1 Internal error
"   ": 
Warning: preg_match(): Empty regular expression in %s on line 5
bool(false)
1 Internal error
"abc": 
Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 5
bool(false)
1 Internal error
"\a\": 
Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 5
bool(false)
1 Internal error
"\0a\0": 
Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 5
bool(false)
1 Internal error
"/abc": 
Warning: preg_match(): No ending delimiter '/' found in %s on line 5
bool(false)
1 Internal error
"(abc": 
Warning: preg_match(): No ending matching delimiter ')' found in %s on line 5
bool(false)
1 Internal error
"[abc]]": 
Warning: preg_match(): Unknown modifier ']' in %s on line 5
bool(false)
1 Internal error
"/abc/k": 
Warning: preg_match(): Unknown modifier 'k' in %s on line 5
bool(false)
1 Internal error
"/abc/\0": 
Warning: preg_match(): NUL is not a valid modifier in %s on line 5
bool(false)
1 Internal error
"/abc/e": 
Warning: preg_match(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 5
bool(false)
1 Internal error
"/(abc/": 
Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 4 in %s on line 5
bool(false)
1 Internal error
"/a{2,1}/": 
Warning: preg_match(): Compilation failed: numbers out of order in {} quantifier at offset 5 in %s on line 5
bool(false)
1 Internal error
"/[z-a]/": 
Warning: preg_match(): Compilation failed: range out of order in character class at offset 3 in %s on line 5
bool(false)
1 Internal error
"/(?<1a>x)/": 
Warning: preg_match(): Compilation failed: subpattern name must start with a non-digit at offset 3 in %s on line 5
bool(false)
1 Internal error
" \n/ok/i": int(0)
0 No error
"/a/ \n": int(1)
0 No error

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 10

Warning: preg_split(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 10

Warning: preg_grep(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 10
NULL
bool(false)
bool(false)

Warning: preg_match_all(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 11
bool(false)
NULL

Warning: preg_replace_callback(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 12
NULL
bool(false)
bool(true)
string(25) "Backtrack limit exhausted"
NULL
int(2)
int(1)
int(0)
string(5) "10000"
string(5) "10000"
string(7) "1000000"
bool(false)
int(2)
int(1)
int(2)
int(256)
int(512)
int(1)
int(2)
int(4)
int(1)
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
bool(true)
