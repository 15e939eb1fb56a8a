--TEST--
Name-service and address functions: gethostbyname(l)/gethostbyaddr on local names, ip2long/long2ip,
inet_pton/inet_ntop, protocol and service lookups, the logger's return values and constants
--FILE--
<?php
var_dump(gethostbyname("localhost"), gethostbynamel("localhost"), gethostbyaddr("127.0.0.1"));
var_dump(gethostbyname("127.0.0.1"), gethostbynamel("10.1.2.3"));
var_dump(gethostbyname(str_repeat("a", 256)), gethostbynamel(str_repeat("a", 256)));
var_dump(gethostbyaddr("not an address"));
foreach (["1.2.3.4", "1.2.3", "", "255.255.255.255", "0.0.0.0", "01.2.3.4", " 1.2.3.4", "1.2.3.4 ", "256.1.1.1"] as $ip) {
    var_dump(ip2long($ip));
}
foreach ([0, -1, 4294967296 + 5, 16909060, 2130706433, PHP_INT_MAX] as $n) {
    var_dump(long2ip($n));
}
foreach (["::1", "10.0.0.1", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:1.2.3.4", "zz", "1.2.3", ""] as $ip) {
    $p = inet_pton($ip);
    var_dump($p === false ? false : bin2hex($p), $p === false ? false : inet_ntop($p));
}
var_dump(inet_ntop("abc"), inet_ntop(""), inet_ntop(str_repeat("\0", 16)), inet_ntop("\x7f\0\0\1"));
var_dump(getprotobyname("tcp"), getprotobyname("udp"), getprotobyname("nope"));
var_dump(getprotobynumber(6), getprotobynumber(17), getprotobynumber(-1), getprotobynumber(1000));
var_dump(getservbyname("http", "tcp"), getservbyname("nope", "tcp"));
var_dump(getservbyport(443, "tcp"), getservbyport(80, "xyz"));
var_dump(LOG_ERR, LOG_LOCAL7, LOG_PERROR, LOG_PID | LOG_NDELAY, LOG_AUTHPRIV);
var_dump(openlog("pyhyp-test", LOG_NDELAY, LOG_USER), closelog());
?>
--EXPECTF--
string(9) "127.0.0.1"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
string(9) "localhost"
string(9) "127.0.0.1"
array(1) {
  [0]=>
  string(8) "10.1.2.3"
}

Warning: gethostbyname(): Host name cannot be longer than 255 characters in %s on line 4

Warning: gethostbynamel(): Host name cannot be longer than 255 characters in %s on line 4
string(256) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
bool(false)

Warning: gethostbyaddr(): Address is not a valid IPv4 or IPv6 address in %s on line 5
bool(false)
int(16909060)
bool(false)
bool(false)
int(4294967295)
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
string(7) "0.0.0.0"
string(15) "255.255.255.255"
string(7) "0.0.0.5"
string(7) "1.2.3.4"
string(9) "127.0.0.1"
string(15) "255.255.255.255"
string(32) "00000000000000000000000000000001"
string(3) "::1"
string(8) "0a000001"
string(8) "10.0.0.1"
string(32) "fe800000000000000000000000010002"
string(9) "fe80::1:2"
string(32) "20010db8000000000000ff0000428329"
string(22) "2001:db8::ff00:42:8329"
string(32) "00000000000000000000ffff01020304"
string(14) "::ffff:1.2.3.4"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(2) "::"
string(9) "127.0.0.1"
int(6)
int(17)
bool(false)
string(3) "tcp"
string(3) "udp"
bool(false)
bool(false)
int(80)
bool(false)
string(5) "https"
bool(false)
int(3)
int(184)
int(32)
int(9)
int(80)
bool(true)
bool(true)
