--TEST--
filter_var: int (ranges, hex/octal, overflow, default), bool (NULL_ON_FAILURE), float (thousands, decimal), email, url (path/query required), ip (v4/v6, private and reserved ranges), mac, domain, regexp, the sanitizers and their flags, callbacks, REQUIRE/FORCE_ARRAY; filter_var_array, filter_list, filter_id, CLI input functions
--FILE--
<?php
$ints = ["42", " 42 ", "-7", "+3", "042", "0", "-0", "0x1A", "0o17", "017", "1e3", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "", "abc", "4.0", 42, 4.5, true, false, null, [1]];
foreach ($ints as $v) { echo json_encode($v), ": "; var_dump(filter_var($v, FILTER_VALIDATE_INT), filter_var($v, FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX | FILTER_FLAG_ALLOW_OCTAL)); }
var_dump(filter_var("5", FILTER_VALIDATE_INT, ["options" => ["min_range" => 1, "max_range" => 4]]), filter_var("5", FILTER_VALIDATE_INT, ["options" => ["min_range" => 1, "max_range" => 4, "default" => 3]]), filter_var("x", FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
foreach (["1", "true", "On", "YES", " yes ", "0", "false", "off", "no", "", "maybe", "2", true, false, null] as $v) { echo json_encode($v), ": "; var_dump(filter_var($v, FILTER_VALIDATE_BOOLEAN), filter_var($v, FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE)); }
foreach (["1.5", "-1.5e3", "1,000.5", ".5", "5.", "abc", "1e", " 2.5 ", "1,5", "1.000,5"] as $v) { echo json_encode($v), ": "; var_dump(filter_var($v, FILTER_VALIDATE_FLOAT), filter_var($v, FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND), filter_var($v, FILTER_VALIDATE_FLOAT, ["options" => ["decimal" => ","]])); }
var_dump(filter_var("2.5", FILTER_VALIDATE_FLOAT, ["options" => ["min_range" => 3]]));
foreach (["user@example.com", "a.b+c@x.co.uk", "user@localhost", "a..b@x.com", ".a@x.com", "a@x", "a@-x.com", "\"q\"@x.com", "a@[127.0.0.1]", "a@x_y.com", "no-at", "a@b@c.com"] as $v) { echo $v, ": "; var_dump(filter_var($v, FILTER_VALIDATE_EMAIL)); }
foreach (["http://example.com", "https://x.y/p?q=1#f", "ftp://u:p@host:21/x", "example.com", "http://", "http://ex ample.com", "mailto:a@b.c", "http://-x.com", "http://x.com/a b", "http://[::1]:80/", "file:///etc/passwd", "http://localhost", "javascript:alert(1)", "news:comp.lang"] as $v) { echo $v, ": "; var_dump(filter_var($v, FILTER_VALIDATE_URL), filter_var($v, FILTER_VALIDATE_URL, FILTER_FLAG_PATH_REQUIRED), filter_var($v, FILTER_VALIDATE_URL, FILTER_FLAG_QUERY_REQUIRED)); }
foreach (["127.0.0.1", "192.168.1.1", "10.0.0.1", "8.8.8.8", "256.1.1.1", "01.2.3.4", "1.2.3", "::1", "2001:db8::1", "fe80::1", "fc00::1", "2a00:1450::1", "1.2.3.4.5", "0.0.0.0", "169.254.1.1", "172.16.0.1", "172.32.0.1"] as $v) { echo $v, ": "; var_dump(filter_var($v, FILTER_VALIDATE_IP), filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4), filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6), filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE), filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_NO_RES_RANGE)); }
foreach (["01:23:45:67:89:ab", "01-23-45-67-89-AB", "0123.4567.89ab", "01:23:45:67:89", "0g:23:45:67:89:ab"] as $v) { echo $v, ": "; var_dump(filter_var($v, FILTER_VALIDATE_MAC)); }
foreach (["example.com", "-bad.com", "a_b.com", str_repeat("a", 64) . ".com", "x"] as $v) { echo $v, ": "; var_dump(filter_var($v, FILTER_VALIDATE_DOMAIN), filter_var($v, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME)); }
var_dump(filter_var("abc123", FILTER_VALIDATE_REGEXP, ["options" => ["regexp" => "/^[a-z]+\d+$/"]]), filter_var("123", FILTER_VALIDATE_REGEXP, ["options" => ["regexp" => "/^[a-z]+$/"]]));
$s = "<b>Hi</b> 'you' & \"me\" \x01\x80 `x` Ã© 1,234.5e3 +-abc a@b.c/?x=1";
foreach ([FILTER_UNSAFE_RAW, FILTER_SANITIZE_SPECIAL_CHARS, FILTER_SANITIZE_FULL_SPECIAL_CHARS, FILTER_SANITIZE_EMAIL, FILTER_SANITIZE_URL, FILTER_SANITIZE_NUMBER_INT, FILTER_SANITIZE_NUMBER_FLOAT, FILTER_SANITIZE_ADD_SLASHES, FILTER_SANITIZE_ENCODED] as $f) var_dump(filter_var($s, $f));
var_dump(filter_var($s, FILTER_SANITIZE_NUMBER_FLOAT, FILTER_FLAG_ALLOW_FRACTION | FILTER_FLAG_ALLOW_THOUSAND | FILTER_FLAG_ALLOW_SCIENTIFIC), filter_var($s, FILTER_UNSAFE_RAW, FILTER_FLAG_STRIP_LOW | FILTER_FLAG_STRIP_HIGH | FILTER_FLAG_STRIP_BACKTICK), filter_var($s, FILTER_UNSAFE_RAW, FILTER_FLAG_ENCODE_LOW | FILTER_FLAG_ENCODE_HIGH | FILTER_FLAG_ENCODE_AMP), filter_var("", FILTER_UNSAFE_RAW, FILTER_FLAG_EMPTY_STRING_NULL));
var_dump(filter_var("abc", FILTER_CALLBACK, ["options" => "strtoupper"]), filter_var(["a", "b"], FILTER_CALLBACK, ["options" => "strtoupper"]));
var_dump(filter_var(["1", "x", ["2"]], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY), filter_var("1", FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY), filter_var("1", FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY), filter_var(["1"], FILTER_VALIDATE_INT));
var_dump(filter_var_array(["a" => "1", "b" => "x", "c" => "y@z.com"], ["a" => FILTER_VALIDATE_INT, "b" => ["filter" => FILTER_VALIDATE_INT, "flags" => FILTER_NULL_ON_FAILURE], "c" => FILTER_VALIDATE_EMAIL, "d" => FILTER_DEFAULT]), filter_var_array(["a" => "1"], ["a" => FILTER_VALIDATE_INT, "d" => FILTER_DEFAULT], false), filter_var_array(["1", "2x"], FILTER_VALIDATE_INT));
print_r(filter_list()); var_dump(filter_id("int"), filter_id("validate_email"), filter_id("nope"), filter_has_var(INPUT_GET, "x"), filter_input(INPUT_GET, "x"), filter_input(INPUT_GET, "x", FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
--EXPECT--
"42": int(42)
int(42)
" 42 ": int(42)
int(42)
"-7": int(-7)
int(-7)
"+3": int(3)
int(3)
"042": bool(false)
int(34)
"0": int(0)
int(0)
"-0": int(0)
int(0)
"0x1A": bool(false)
int(26)
"0o17": bool(false)
int(15)
"017": bool(false)
int(15)
"1e3": bool(false)
bool(false)
"9223372036854775807": int(9223372036854775807)
int(9223372036854775807)
"9223372036854775808": bool(false)
bool(false)
"-9223372036854775808": int(-9223372036854775808)
int(-9223372036854775808)
"": bool(false)
bool(false)
"abc": bool(false)
bool(false)
"4.0": bool(false)
bool(false)
42: int(42)
int(42)
4.5: bool(false)
bool(false)
true: int(1)
int(1)
false: bool(false)
bool(false)
null: bool(false)
bool(false)
[1]: bool(false)
bool(false)
bool(false)
int(3)
NULL
"1": bool(true)
bool(true)
"true": bool(true)
bool(true)
"On": bool(true)
bool(true)
"YES": bool(true)
bool(true)
" yes ": bool(true)
bool(true)
"0": bool(false)
bool(false)
"false": bool(false)
bool(false)
"off": bool(false)
bool(false)
"no": bool(false)
bool(false)
"": bool(false)
bool(false)
"maybe": bool(false)
NULL
"2": bool(false)
NULL
true: bool(true)
bool(true)
false: bool(false)
bool(false)
null: bool(false)
bool(false)
"1.5": float(1.5)
float(1.5)
bool(false)
"-1.5e3": float(-1500)
float(-1500)
bool(false)
"1,000.5": bool(false)
float(1000.5)
bool(false)
".5": float(0.5)
float(0.5)
bool(false)
"5.": float(5)
float(5)
bool(false)
"abc": bool(false)
bool(false)
bool(false)
"1e": bool(false)
bool(false)
bool(false)
" 2.5 ": float(2.5)
float(2.5)
bool(false)
"1,5": bool(false)
bool(false)
float(1.5)
"1.000,5": bool(false)
bool(false)
bool(false)
bool(false)
user@example.com: string(16) "user@example.com"
a.b+c@x.co.uk: string(13) "a.b+c@x.co.uk"
user@localhost: bool(false)
a..b@x.com: bool(false)
.a@x.com: bool(false)
a@x: bool(false)
a@-x.com: bool(false)
"q"@x.com: string(9) ""q"@x.com"
a@[127.0.0.1]: string(13) "a@[127.0.0.1]"
a@x_y.com: bool(false)
no-at: bool(false)
a@b@c.com: bool(false)
http://example.com: string(18) "http://example.com"
bool(false)
bool(false)
https://x.y/p?q=1#f: string(19) "https://x.y/p?q=1#f"
string(19) "https://x.y/p?q=1#f"
string(19) "https://x.y/p?q=1#f"
ftp://u:p@host:21/x: string(19) "ftp://u:p@host:21/x"
string(19) "ftp://u:p@host:21/x"
bool(false)
example.com: bool(false)
bool(false)
bool(false)
http://: bool(false)
bool(false)
bool(false)
http://ex ample.com: bool(false)
bool(false)
bool(false)
mailto:a@b.c: string(12) "mailto:a@b.c"
string(12) "mailto:a@b.c"
bool(false)
http://-x.com: bool(false)
bool(false)
bool(false)
http://x.com/a b: bool(false)
bool(false)
bool(false)
http://[::1]:80/: string(16) "http://[::1]:80/"
string(16) "http://[::1]:80/"
bool(false)
file:///etc/passwd: string(18) "file:///etc/passwd"
string(18) "file:///etc/passwd"
bool(false)
http://localhost: string(16) "http://localhost"
bool(false)
bool(false)
javascript:alert(1): bool(false)
bool(false)
bool(false)
news:comp.lang: string(14) "news:comp.lang"
string(14) "news:comp.lang"
bool(false)
127.0.0.1: string(9) "127.0.0.1"
string(9) "127.0.0.1"
bool(false)
string(9) "127.0.0.1"
bool(false)
192.168.1.1: string(11) "192.168.1.1"
string(11) "192.168.1.1"
bool(false)
bool(false)
string(11) "192.168.1.1"
10.0.0.1: string(8) "10.0.0.1"
string(8) "10.0.0.1"
bool(false)
bool(false)
string(8) "10.0.0.1"
8.8.8.8: string(7) "8.8.8.8"
string(7) "8.8.8.8"
bool(false)
string(7) "8.8.8.8"
string(7) "8.8.8.8"
256.1.1.1: bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
01.2.3.4: bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
1.2.3: bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
::1: string(3) "::1"
bool(false)
string(3) "::1"
string(3) "::1"
bool(false)
2001:db8::1: string(11) "2001:db8::1"
bool(false)
string(11) "2001:db8::1"
string(11) "2001:db8::1"
bool(false)
fe80::1: string(7) "fe80::1"
bool(false)
string(7) "fe80::1"
string(7) "fe80::1"
bool(false)
fc00::1: string(7) "fc00::1"
bool(false)
string(7) "fc00::1"
bool(false)
string(7) "fc00::1"
2a00:1450::1: string(12) "2a00:1450::1"
bool(false)
string(12) "2a00:1450::1"
string(12) "2a00:1450::1"
string(12) "2a00:1450::1"
1.2.3.4.5: bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
0.0.0.0: string(7) "0.0.0.0"
string(7) "0.0.0.0"
bool(false)
string(7) "0.0.0.0"
bool(false)
169.254.1.1: string(11) "169.254.1.1"
string(11) "169.254.1.1"
bool(false)
string(11) "169.254.1.1"
bool(false)
172.16.0.1: string(10) "172.16.0.1"
string(10) "172.16.0.1"
bool(false)
bool(false)
string(10) "172.16.0.1"
172.32.0.1: string(10) "172.32.0.1"
string(10) "172.32.0.1"
bool(false)
string(10) "172.32.0.1"
string(10) "172.32.0.1"
01:23:45:67:89:ab: string(17) "01:23:45:67:89:ab"
01-23-45-67-89-AB: string(17) "01-23-45-67-89-AB"
0123.4567.89ab: string(14) "0123.4567.89ab"
01:23:45:67:89: bool(false)
0g:23:45:67:89:ab: bool(false)
example.com: string(11) "example.com"
string(11) "example.com"
-bad.com: string(8) "-bad.com"
bool(false)
a_b.com: string(7) "a_b.com"
bool(false)
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com: bool(false)
bool(false)
x: string(1) "x"
string(1) "x"
string(6) "abc123"
bool(false)
string(59) "<b>Hi</b> 'you' & "me" € `x` Ã© 1,234.5e3 +-abc a@b.c/?x=1"
string(98) "&#60;b&#62;Hi&#60;/b&#62; &#39;you&#39; &#38; &#34;me&#34; &#1;€ `x` Ã© 1,234.5e3 +-abc a@b.c/?x=1"
string(0) ""
string(37) "bHib'you'&me`x`1234.5e3+-abca@b.c?x=1"
string(46) "<b>Hi</b>'you'&"me"`x`1,234.5e3+-abca@b.c/?x=1"
string(9) "123453+-1"
string(9) "123453+-1"
string(63) "<b>Hi</b> \'you\' & \"me\" € `x` Ã© 1,234.5e3 +-abc a@b.c/?x=1"
string(121) "%3Cb%3EHi%3C%2Fb%3E%20%27you%27%20%26%20%22me%22%20%01%80%20%60x%60%20%C3%A9%201%2C234.5e3%20%2B-abc%20a%40b.c%2F%3Fx%3D1"
string(14) "e1,234.5e3+-.1"
string(53) "<b>Hi</b> 'you' & "me"  x  1,234.5e3 +-abc a@b.c/?x=1"
string(81) "<b>Hi</b> 'you' &#38; "me" &#1;&#128; `x` &#195;&#169; 1,234.5e3 +-abc a@b.c/?x=1"
NULL
string(3) "ABC"
array(2) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "B"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  bool(false)
  [2]=>
  array(1) {
    [0]=>
    int(2)
  }
}
bool(false)
array(1) {
  [0]=>
  int(1)
}
bool(false)
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  NULL
  ["c"]=>
  string(7) "y@z.com"
  ["d"]=>
  NULL
}
array(1) {
  ["a"]=>
  int(1)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  bool(false)
}
Array
(
    [0] => int
    [1] => boolean
    [2] => float
    [3] => validate_regexp
    [4] => validate_domain
    [5] => validate_url
    [6] => validate_email
    [7] => validate_ip
    [8] => validate_mac
    [9] => string
    [10] => stripped
    [11] => encoded
    [12] => special_chars
    [13] => full_special_chars
    [14] => unsafe_raw
    [15] => email
    [16] => url
    [17] => number_int
    [18] => number_float
    [19] => add_slashes
    [20] => callback
)
int(257)
int(274)
bool(false)
bool(false)
NULL
bool(false)
