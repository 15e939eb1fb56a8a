--TEST--
hash: the non-cryptographic algorithms (crc32 bzip2 and Castagnoli, FNV, joaat, xxh32/64/3/128 with seeds and secrets) in one-shot, streaming, copied and file digests
--FILE--
<?php
foreach (['crc32','crc32b','crc32c','adler32','fnv132','fnv1a32','fnv164','fnv1a64','joaat','xxh32','xxh64','xxh3','xxh128','md5'] as $a) {
  echo $a, " ", hash($a, 'The quick brown fox'), " ", hash($a, ''), " ", hash($a, str_repeat('abc', 100)), "\n";
  $c = hash_init($a); hash_update($c, 'The quick '); $d = hash_copy($c); hash_update($c, 'brown fox'); hash_update($d, 'x');
  echo hash_final($c), " ", hash_final($d), " ", bin2hex(hash($a, 'z', true)), "\n";
  if (in_array($a, ['xxh32','xxh64','xxh3','xxh128'])) {
    echo hash($a, 'data', false, ['seed' => 42]), " ", hash($a, 'data', false, ['seed' => '42']), "\n";
    $c = hash_init($a, 0, '', ['seed' => 7]); hash_update($c, 'da'); hash_update($c, 'ta'); echo hash_final($c), "\n";
  }
}
$secret = str_repeat('0123456789abcdef', 10);
echo hash('xxh3', 'data', false, ['secret' => $secret]), " ", hash('xxh128', 'data', false, ['secret' => $secret]), "\n";
$c = hash_init('xxh128', 0, '', ['secret' => $secret]); $d = hash_copy($c); unset($c); hash_update($d, 'data'); echo hash_final($d), "\n";
try { hash('xxh3', 'x', false, ['seed' => 1, 'secret' => $secret]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash('xxh128', 'x', false, ['secret' => 'short']); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo hash('xxh3', 'x', false, ['secret' => str_repeat('s', 300)]), "\n";
try { hash('xxh3', 'x', false, 5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { hash_hmac('xxh3', 'x', 'k'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$f = tempnam(sys_get_temp_dir(), 'hash');
file_put_contents($f, 'file body');
echo hash_file('xxh64', $f), " ", hash_file('crc32c', $f), " ", hash_file('xxh3', $f, false, ['seed' => 3]), "\n";
unlink($f);
echo md5('abc'), " ", sha1('abc', false), "\n";
--EXPECTF--
crc32 4c1c7a15 00000000 a5ae9d8b
4c1c7a15 eb138a4c 7a8bc97e
crc32b b74574de 00000000 d0c4b884
b74574de adcb0e22 62d277af
crc32c 537e5cf4 00000000 727a1283
537e5cf4 b1b13113 48072f64
adler32 452e0714 00000001 884d72d9
452e0714 17ab03f7 007b007b
fnv132 cb423604 811c9dc5 54bfff65
cb423604 3d7bffeb 050c5d65
fnv1a32 ae4d67e2 811c9dc5 ebe12465
ae4d67e2 eaa8a04b ff0c53ad
fnv164 54b3b0bed86ce184 cbf29ce484222325 76a6704e06f535c5
54b3b0bed86ce184 15c00fa6ff8502ab af63bd4c8601b7a5
fnv1a64 2374316b9b449782 cbf29ce484222325 1a498171afa396c5
2374316b9b449782 08a1b2fdb6bdf18b af63f74c86021a6d
joaat 43cf4eff 00000000 8b4a210c
43cf4eff de7875f5 b6606c9e
xxh32 aa69eefe 02cc5d05 55cad6be
aa69eefe cc3011b6 a73026ce
e99977a3 21228a35
0e3962d4
xxh64 c9b4e7b3c328d9e0 ef46db3751d8e999 517d55d78f9dac2b
c9b4e7b3c328d9e0 7e55eaed1adedde9 048a5a7677a8e488
0be119ec27f1ccec b7119b48552d1da3
569e4e51b7835dcd
xxh3 f8b92649fd8122b4 2d06800538d394c2 3d1e91bb47ef5c2f
f8b92649fd8122b4 85c6a6ff919f5630 54a7d9dde88eadb0
c4638a5318ada982 e4b7943fd57d5d1e
782feaa94430bdc9
xxh128 b2c100c26f5d723ab7859350537dfedc 99aa06d3014798d86001c324468d497f bfae835ca03aaf033d1e91bb47ef5c2f
b2c100c26f5d723ab7859350537dfedc 77ebfcb24d80dd2d10575faa160668cc 7c282968b0591d9654a7d9dde88eadb0
55be0e958edb8ae98a9d45f2316e473c c044be4073bb71f1340036b3f23aa86d
7408625089c558e63dd57d8057b5f203
md5 a2004f37730b9445670a738fa0fc9ee5 d41d8cd98f00b204e9800998ecf8427e f571117acbd8153c8dc3c81b8817773a
a2004f37730b9445670a738fa0fc9ee5 a91afc8be147c572c273252c838d3d25 fbade9e36a3f36d3d676c1b808451dd7
ce0a88ed8ef40cf8 efaafc22a7f0538960749a277c74ec02
efaafc22a7f0538960749a277c74ec02
Error: xxh3: Only one of seed or secret is to be passed for initialization
Error: xxh128: Secret length must be >= 136 bytes, 5 bytes passed

Warning: hash(): xxh3: Secret content exceeding 256 bytes discarded in %s on line 16
478375bcda64718a
hash(): Argument #4 ($options) must be of type array, int given
hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
84ec9ddb7d2ceb56 a08d2319 d19c974d2cb02e70
900150983cd24fb0d6963f7d28e17f72 a9993e364706816aba3e25717850c26c9cd0d89d
