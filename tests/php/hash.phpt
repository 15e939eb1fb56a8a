--TEST--
hash, hash_hmac, hash_equals, md5, sha1 over OpenSSL and zlib
--FILE--
<?php
$algos = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512/224', 'sha512/256', 'sha512',
          'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'adler32', 'crc32b'];
foreach ($algos as $a) {
    var_dump(in_array($a, hash_algos(), true));
    echo $a, ' ', hash($a, 'The quick brown fox'), ' ', hash($a, ''), ' ', strlen(hash($a, "\0\xff", true)), "\n";
}
var_dump(hash('CRC32B', 'hello'), hash('adler32', 'hello'), md5(''), sha1('abc'), md5('x', true) === hash('md5', 'x', true), bin2hex_like(sha1('x', true)));
function bin2hex_like($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) { $o .= sprintf('%02x', ord($s[$i])); } return $o; }
var_dump(hash_hmac('sha256', 'data', 'key'), hash_hmac('md5', 'data', str_repeat('k', 100)), strlen(hash_hmac('sha512', 'd', 'k', true)));
try { hash('nope', 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hmac('crc32b', 'x', 'k'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(hash_equals('abc', 'abc'), hash_equals('abc', 'abd'), hash_equals('abc', 'ab'), hash_equals('', ''));
try { hash_equals(1, 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { hash_equals('a', null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(md5(123), sha1(1.5));
--EXPECT--
bool(true)
md5 a2004f37730b9445670a738fa0fc9ee5 d41d8cd98f00b204e9800998ecf8427e 16
bool(true)
sha1 c519c1a06cdbeb2bc499e22137fb48683858b345 da39a3ee5e6b4b0d3255bfef95601890afd80709 20
bool(true)
sha224 146129bd31db775c819f4c28929cc5ac7130d4bac470e97134857c1a d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f 28
bool(true)
sha256 5cac4f980fedc3d3f1f99b4be3472c9b30d56523e632d151237ec9309048bda9 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 32
bool(true)
sha384 2e45933dd1a1e6a6928a732d58abeb180c225e5e7b99c64eb6f233a7b99ee4635c17f44ca544cf620cf4289deb4c08cf 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b 48
bool(true)
sha512/224 d3f7845efd77de7aceb0e3049be18ce8e99e5607cd79a07323a19cea 6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4 28
bool(true)
sha512/256 d99dd5e1f7302ded09f1557974a2d53b3d001a2071c9ac24150a66c7c992d8f6 c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a 32
bool(true)
sha512 015e6d23e760f612cca616c54f110cb12dd54213f1e046c7607081372402eff4936b379296ed549236020afb37bd3e728a044a4243754f095498c98bc24f77e0 cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e 64
bool(true)
sha3-224 c0144010bf2c56c005a2cb6b26cc7d2cce38a9ce8038babf0867cf6d 6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7 28
bool(true)
sha3-256 6a982a1fd2b2b33bf284768bd0e3df2a67ee3d412ae6f3df8248b268755751d4 a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a 32
bool(true)
sha3-384 c82f7d2460b9dc489e9dea134c694de251b64e4b6862f7b8742fbce9d121e8e9b8bbc44972c1543f2fc885a398c191bc 0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004 48
bool(true)
sha3-512 ca5ce3b1097b2cc9b6d63e234b9db237537b0c2bbedb746ca6df1ef7d06ec50b72745167ba4f171b77367bd66272d5d0d8af02e5df14bf0f2dbddfcb11a788e3 a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26 64
bool(true)
ripemd160 aa1dd8137a60bbfb149657beca550f4c7321060d 9c1185a5c5e9fc54612808977ee8f548b2258d31 20
bool(true)
adler32 452e0714 00000001 4
bool(true)
crc32b b74574de 00000000 4
string(8) "3610a686"
string(8) "062c0215"
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
bool(true)
string(40) "11f6ad8ec52a2984abaafd7c3b516503785c2072"
string(64) "5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0"
string(32) "38a034384b6cbf08275f34dc859e6d6b"
int(64)
hash(): Argument #1 ($algo) must be a valid hashing algorithm
hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
bool(true)
bool(false)
bool(false)
bool(true)
hash_equals(): Argument #1 ($known_string) must be of type string, int given
hash_equals(): Argument #2 ($user_string) must be of type string, null given
string(32) "202cb962ac59075b964b07152d234b70"
string(40) "aa8f289ebe6d4db1b4a1038b8931ec8c2b5399fb"
