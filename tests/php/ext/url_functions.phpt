--TEST--
urlencode/rawurlencode and decoders, parse_url (components, ports, IPv6, relative and scheme-only URLs, failures, ValueError), http_build_query (nested, objects, prefixes, separators, RFC 3986), parse_str (brackets, name mangling)
--FILE--
<?php
$s = "a b&c=d/e?f~g.h_i-j+k%l\xff\x00é";
var_dump(urlencode($s), rawurlencode($s), urldecode("a+b%20c%zz%4"), rawurldecode("a+b%20c%41%4"), urldecode(urlencode($s)) === $s);
$urls = ["http://user:pass@www.example.com:8080/path/to/file.php?a=1&b[]=2#frag", "https://example.com", "//example.com/x", "/just/path?q", "example.com:80", "example.com:80/x", "mailto:joe@example.com", "file:///etc/passwd", "http://[::1]:80/x", "http:///x", "http://host:65536", "http://host:abc", "?q=1", "#f", "a:65535", "x:", "http://example.com/foo?", "http://example.com/foo#", "http://a@b@c/", "http://u:@h", "http://h:/p", "foo/bar:baz", "tel:+1-555", "http://host?x", "host/path:80", "http://ex\x01ample.com/", "", "ftp://ftp.is.co.za/rfc/rfc1808.txt", "news:comp.infosystems.www.servers.unix", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2", "/:80", "http:80", "http://h:80:90/", "127.0.0.1:8000/x?y#z"];
foreach ($urls as $u) { echo $u, ": "; var_dump(parse_url($u)); }
var_dump(parse_url("http://u:p@h:9/p?q#f", PHP_URL_HOST), parse_url("http://h/p", PHP_URL_PORT), parse_url("http://h:9/p", PHP_URL_PORT), parse_url("//h/p?x", PHP_URL_QUERY));
try { parse_url("x", 8); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$data = ["a" => 1, "b" => "x y", "c" => [1, 2, "k" => ["z" => "&"]], "d" => null, "e" => true, "f" => false, 5 => "five", "g" => 1.5, "h" => []];
var_dump(http_build_query($data), http_build_query($data, "n_"), http_build_query($data, "", "&amp;"), http_build_query(["a b" => "c~d"], "", "&", PHP_QUERY_RFC3986), http_build_query([]));
class P { public $x = 1; protected $y = 2; private $z = 3; public $w = ["q" => 4]; }
var_dump(http_build_query(new P), http_build_query(["o" => new P]));
foreach (["a=1&b=2", "a[]=1&a[]=2&b[x]=y&b[z][]=w", "a.b=1&a b=2&a[b=3&c[d]e=4", " x=1&&y&=z", "a[x][y]=1&a[x][z]=2&a[]=3", "arr[]=1&arr[k]=2&arr[]=3", "x=%41%zz+", "a[=1", "a]=1", "a[b][=2", "a[][x]=1&a[][x]=2", "v=1&v=2", "1=a&2=b"] as $q) { parse_str($q, $r); echo $q, "\n"; var_dump($r); }
--EXPECT--
string(49) "a+b%26c%3Dd%2Fe%3Ff%7Eg.h_i-j%2Bk%25l%FF%00%C3%A9"
string(49) "a%20b%26c%3Dd%2Fe%3Ff~g.h_i-j%2Bk%25l%FF%00%C3%A9"
string(10) "a b c%zz%4"
string(8) "a+b cA%4"
bool(true)
http://user:pass@www.example.com:8080/path/to/file.php?a=1&b[]=2#frag: array(8) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(15) "www.example.com"
  ["port"]=>
  int(8080)
  ["user"]=>
  string(4) "user"
  ["pass"]=>
  string(4) "pass"
  ["path"]=>
  string(17) "/path/to/file.php"
  ["query"]=>
  string(9) "a=1&b[]=2"
  ["fragment"]=>
  string(4) "frag"
}
https://example.com: array(2) {
  ["scheme"]=>
  string(5) "https"
  ["host"]=>
  string(11) "example.com"
}
//example.com/x: array(2) {
  ["host"]=>
  string(11) "example.com"
  ["path"]=>
  string(2) "/x"
}
/just/path?q: array(2) {
  ["path"]=>
  string(10) "/just/path"
  ["query"]=>
  string(1) "q"
}
example.com:80: array(2) {
  ["host"]=>
  string(11) "example.com"
  ["port"]=>
  int(80)
}
example.com:80/x: array(3) {
  ["host"]=>
  string(11) "example.com"
  ["port"]=>
  int(80)
  ["path"]=>
  string(2) "/x"
}
mailto:joe@example.com: array(2) {
  ["scheme"]=>
  string(6) "mailto"
  ["path"]=>
  string(15) "joe@example.com"
}
file:///etc/passwd: array(2) {
  ["scheme"]=>
  string(4) "file"
  ["path"]=>
  string(11) "/etc/passwd"
}
http://[::1]:80/x: array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(5) "[::1]"
  ["port"]=>
  int(80)
  ["path"]=>
  string(2) "/x"
}
http:///x: bool(false)
http://host:65536: bool(false)
http://host:abc: bool(false)
?q=1: array(1) {
  ["query"]=>
  string(3) "q=1"
}
#f: array(1) {
  ["fragment"]=>
  string(1) "f"
}
a:65535: array(2) {
  ["host"]=>
  string(1) "a"
  ["port"]=>
  int(65535)
}
x:: array(1) {
  ["scheme"]=>
  string(1) "x"
}
http://example.com/foo?: array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(11) "example.com"
  ["path"]=>
  string(4) "/foo"
  ["query"]=>
  string(0) ""
}
http://example.com/foo#: array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(11) "example.com"
  ["path"]=>
  string(4) "/foo"
  ["fragment"]=>
  string(0) ""
}
http://a@b@c/: array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(1) "c"
  ["user"]=>
  string(3) "a@b"
  ["path"]=>
  string(1) "/"
}
http://u:@h: array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(1) "h"
  ["user"]=>
  string(1) "u"
  ["pass"]=>
  string(0) ""
}
http://h:/p: array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(1) "h"
  ["path"]=>
  string(2) "/p"
}
foo/bar:baz: array(1) {
  ["path"]=>
  string(11) "foo/bar:baz"
}
tel:+1-555: array(2) {
  ["scheme"]=>
  string(3) "tel"
  ["path"]=>
  string(6) "+1-555"
}
http://host?x: array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["query"]=>
  string(1) "x"
}
host/path:80: array(3) {
  ["host"]=>
  string(4) "host"
  ["port"]=>
  int(80)
  ["path"]=>
  string(8) "/path:80"
}
http://example.com/: array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(12) "ex_ample.com"
  ["path"]=>
  string(1) "/"
}
: array(1) {
  ["path"]=>
  string(0) ""
}
ftp://ftp.is.co.za/rfc/rfc1808.txt: array(3) {
  ["scheme"]=>
  string(3) "ftp"
  ["host"]=>
  string(12) "ftp.is.co.za"
  ["path"]=>
  string(16) "/rfc/rfc1808.txt"
}
news:comp.infosystems.www.servers.unix: array(2) {
  ["scheme"]=>
  string(4) "news"
  ["path"]=>
  string(33) "comp.infosystems.www.servers.unix"
}
urn:oasis:names:specification:docbook:dtd:xml:4.1.2: array(2) {
  ["scheme"]=>
  string(3) "urn"
  ["path"]=>
  string(47) "oasis:names:specification:docbook:dtd:xml:4.1.2"
}
/:80: bool(false)
http:80: array(2) {
  ["host"]=>
  string(4) "http"
  ["port"]=>
  int(80)
}
http://h:80:90/: array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "h:80"
  ["port"]=>
  int(90)
  ["path"]=>
  string(1) "/"
}
127.0.0.1:8000/x?y#z: array(5) {
  ["host"]=>
  string(9) "127.0.0.1"
  ["port"]=>
  int(8000)
  ["path"]=>
  string(2) "/x"
  ["query"]=>
  string(1) "y"
  ["fragment"]=>
  string(1) "z"
}
string(1) "h"
NULL
int(9)
string(1) "x"
parse_url(): Argument #2 ($component) must be a valid URL component identifier, 8 given
string(72) "a=1&b=x+y&c%5B0%5D=1&c%5B1%5D=2&c%5Bk%5D%5Bz%5D=%26&e=1&f=0&5=five&g=1.5"
string(74) "a=1&b=x+y&c%5B0%5D=1&c%5B1%5D=2&c%5Bk%5D%5Bz%5D=%26&e=1&f=0&n_5=five&g=1.5"
string(104) "a=1&amp;b=x+y&amp;c%5B0%5D=1&amp;c%5B1%5D=2&amp;c%5Bk%5D%5Bz%5D=%26&amp;e=1&amp;f=0&amp;5=five&amp;g=1.5"
string(9) "a%20b=c~d"
string(0) ""
string(14) "x=1&w%5Bq%5D=4"
string(28) "o%5Bx%5D=1&o%5Bw%5D%5Bq%5D=4"
a=1&b=2
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
a[]=1&a[]=2&b[x]=y&b[z][]=w
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["b"]=>
  array(2) {
    ["x"]=>
    string(1) "y"
    ["z"]=>
    array(1) {
      [0]=>
      string(1) "w"
    }
  }
}
a.b=1&a b=2&a[b=3&c[d]e=4
array(2) {
  ["a_b"]=>
  string(1) "3"
  ["c"]=>
  array(1) {
    ["d"]=>
    string(1) "4"
  }
}
 x=1&&y&=z
array(2) {
  ["x"]=>
  string(1) "1"
  ["y"]=>
  string(0) ""
}
a[x][y]=1&a[x][z]=2&a[]=3
array(1) {
  ["a"]=>
  array(2) {
    ["x"]=>
    array(2) {
      ["y"]=>
      string(1) "1"
      ["z"]=>
      string(1) "2"
    }
    [0]=>
    string(1) "3"
  }
}
arr[]=1&arr[k]=2&arr[]=3
array(1) {
  ["arr"]=>
  array(3) {
    [0]=>
    string(1) "1"
    ["k"]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
}
x=%41%zz+
array(1) {
  ["x"]=>
  string(5) "A%zz "
}
a[=1
array(1) {
  ["a_"]=>
  string(1) "1"
}
a]=1
array(1) {
  ["a]"]=>
  string(1) "1"
}
a[b][=2
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    string(1) "2"
  }
}
a[][x]=1&a[][x]=2
array(1) {
  ["a"]=>
  array(2) {
    [0]=>
    array(1) {
      ["x"]=>
      string(1) "1"
    }
    [1]=>
    array(1) {
      ["x"]=>
      string(1) "2"
    }
  }
}
v=1&v=2
array(1) {
  ["v"]=>
  string(1) "2"
}
1=a&2=b
array(2) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
