--TEST--
HashContext: hash_init/update/copy/final (HMAC with long keys, checksums), hash_update_file, hash_file/md5_file/sha1_file/hash_hmac_file, hash_pbkdf2, hash_hkdf, the ValueErrors and TypeErrors
--FILE--
<?php
$dir = sys_get_temp_dir() . "/hashtest-" . getmypid() . "-" . uniqid(); mkdir($dir); $f = "$dir/data.txt"; file_put_contents($f, str_repeat("The quick brown fox. ", 1000));
foreach (["md5", "sha1", "sha256", "sha512", "sha3-256", "crc32b", "adler32", "ripemd160"] as $a) {
    $c = hash_init($a); hash_update($c, "The quick "); $d = hash_copy($c); hash_update($c, "brown fox"); 
    echo $a, " ", hash_final($c), " ", hash("$a", "The quick brown fox"), " ", hash_final($d), " ", hash_file($a, $f), "\n";
}
$c = hash_init("sha256", HASH_HMAC, "secret"); hash_update($c, "msg"); hash_update_file($c, $f); echo hash_final($c), " ", hash_hmac("sha256", "msg" . file_get_contents($f), "secret"), "\n";
$c = hash_init("sha512", HASH_HMAC, str_repeat("k", 200)); hash_update($c, "x"); echo hash_final($c), " ", hash_hmac("sha512", "x", str_repeat("k", 200)), "\n";
var_dump(bin2hex(hash_final(hash_init("md5"), true)), md5_file($f), sha1_file($f), md5_file($f, true) === md5(file_get_contents($f), true), hash_hmac_file("md5", $f, "k"));
var_dump(hash_pbkdf2("sha256", "password", "salt", 1000), hash_pbkdf2("sha256", "password", "salt", 1000, 20), bin2hex(hash_pbkdf2("sha1", "password", "salt", 2, 10, true)), hash_pbkdf2("md5", "p", "s", 1, 7));
var_dump(bin2hex(hash_hkdf("sha256", "key")), bin2hex(hash_hkdf("sha256", "key", 42, "info", "salt")), bin2hex(hash_hkdf("sha1", "k", 5)));
var_dump(in_array("sha256", hash_hmac_algos()), in_array("sha3-512", hash_hmac_algos()), in_array("crc32b", hash_hmac_algos()));
$c = hash_init("md5"); hash_final($c);
foreach ([fn() => hash_update($c, "x"), fn() => hash_init("nope"), fn() => hash_init("crc32b", HASH_HMAC, "k"), fn() => hash_init("md5", HASH_HMAC), fn() => hash_pbkdf2("md5", "p", "s", 0), fn() => hash_hkdf("md5", ""), fn() => hash_hkdf("md5", "k", 10000), fn() => hash_file("nope", $f), fn() => hash_update("x", "y")] as $fn) {
    try { var_dump($fn()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(@md5_file("$dir/missing"), $c instanceof HashContext, HASH_HMAC);
unlink($f); rmdir($dir);
--EXPECT--
md5 a2004f37730b9445670a738fa0fc9ee5 a2004f37730b9445670a738fa0fc9ee5 03c729679ca3252a4735c4148b7c11e3 6f04547c91dcc1f5fdf51a322f610469
sha1 c519c1a06cdbeb2bc499e22137fb48683858b345 c519c1a06cdbeb2bc499e22137fb48683858b345 4d39faadbf264f3fb59268228994276c36fc3172 3b55ab1f143531561d0d2d1eb90fad96b7823e36
sha256 5cac4f980fedc3d3f1f99b4be3472c9b30d56523e632d151237ec9309048bda9 5cac4f980fedc3d3f1f99b4be3472c9b30d56523e632d151237ec9309048bda9 1a90011d5a17cbd702ea49cddd28190439dfeec1710e0efe52315e034ef449bc 0ab9bb3cf8b69555c4cd29495f344193fe61e82b7ca19055a06cbc0cb6f759d1
sha512 015e6d23e760f612cca616c54f110cb12dd54213f1e046c7607081372402eff4936b379296ed549236020afb37bd3e728a044a4243754f095498c98bc24f77e0 015e6d23e760f612cca616c54f110cb12dd54213f1e046c7607081372402eff4936b379296ed549236020afb37bd3e728a044a4243754f095498c98bc24f77e0 b6084d61c87ea222d8f7506fad7b7250741f34ad8a075df75c18a31ef380385587474991c3256cd8e464c0594d45c6d1505ac5fd50289731089f86bc1bf4cd5b 5d2b6a606fd3345749ed70aa5af1ebe4a80563430b1340cd93bbe6767bc4ade020003b7fd77d015894b6677069000077222e89ac6b36e424546b1b9bac1d46f8
sha3-256 6a982a1fd2b2b33bf284768bd0e3df2a67ee3d412ae6f3df8248b268755751d4 6a982a1fd2b2b33bf284768bd0e3df2a67ee3d412ae6f3df8248b268755751d4 52c2e79bd1f5da0245438904d18afc798799eb63c12a690d41c884645728a8b7 6545623b4661f670c0847540b9428a76ad6a64aa233ff53bc7b05fc438500b6e
crc32b b74574de b74574de a3ec1434 b1884b62
adler32 452e0714 452e0714 13b4037f 8454d48d
ripemd160 aa1dd8137a60bbfb149657beca550f4c7321060d aa1dd8137a60bbfb149657beca550f4c7321060d d1d85906ccdc66f369b06bb2ec6ba9e2c111f7a2 d3bd8f8b579fef252f0614cc7bd5a894e3a18685
b2f3c2c0b576dca563e457d78675fa567a8ce235227c9fc1d8922a4fa0f18ab3 b2f3c2c0b576dca563e457d78675fa567a8ce235227c9fc1d8922a4fa0f18ab3
3bea04514dec7eac85d846ec90cead0c22ff461ba7250c03635876766055b829aac0109c567fa359e5f177a9e8c30233a682a33467845ac6f966813635668f7a 3bea04514dec7eac85d846ec90cead0c22ff461ba7250c03635876766055b829aac0109c567fa359e5f177a9e8c30233a682a33467845ac6f966813635668f7a
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(32) "6f04547c91dcc1f5fdf51a322f610469"
string(40) "3b55ab1f143531561d0d2d1eb90fad96b7823e36"
bool(true)
string(32) "bb9b7d265f5b8f224c8fcd78f14e4dac"
string(64) "632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3"
string(20) "632c2812e46d4604102b"
string(20) "ea6c014dc72d6f8ccd1e"
string(7) "8c5551e"
string(64) "80c724c4a65d79568fc3606753c192adcc24bc263286767d4410269d8093c372"
string(84) "9ca0d662557439e3b83365f2da4626d35da195c6d9d1779f09838cf9e408966ece99106e2585ace6f083"
string(10) "5dbbea17f1"
bool(true)
bool(true)
bool(false)
TypeError: hash_update(): Argument #1 ($context) must be a valid, non-finalized HashContext
ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
ValueError: hash_pbkdf2(): Argument #4 ($iterations) must be greater than 0
ValueError: hash_hkdf(): Argument #2 ($key) cannot be empty
ValueError: hash_hkdf(): Argument #3 ($length) must be less than or equal to 4080
ValueError: hash_file(): Argument #1 ($algo) must be a valid hashing algorithm
TypeError: hash_update(): Argument #1 ($context) must be of type HashContext, string given
bool(false)
bool(true)
int(1)
