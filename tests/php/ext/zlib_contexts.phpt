--TEST--
zlib: incremental deflate_init/deflate_add and inflate_init/inflate_add (flush modes, dictionaries, status, read length, errors)
--FILE--
<?php
$text = str_repeat("The quick brown fox jumps over the lazy dog. ", 40);
foreach ([ZLIB_ENCODING_RAW, ZLIB_ENCODING_DEFLATE, ZLIB_ENCODING_GZIP] as $enc) {
    $d = deflate_init($enc, ["level" => 9]);
    var_dump(get_class($d));
    $out = "";
    foreach (str_split($text, 100) as $chunk) $out .= deflate_add($d, $chunk, ZLIB_NO_FLUSH);
    $out .= deflate_add($d, "", ZLIB_FINISH);
    var_dump(strlen($out), zlib_decode($out) === $text);
    $i = inflate_init($enc);
    $back = "";
    foreach (str_split($out, 7) as $chunk) $back .= inflate_add($i, $chunk);
    var_dump($back === $text, inflate_get_status($i) === ZLIB_STREAM_END, inflate_get_read_len($i) === strlen($out));
    // the context is reused after the stream's end
    $again = deflate_add($d, "again", ZLIB_FINISH);
    var_dump(inflate_add($i, $again, ZLIB_FINISH));
}
$d = deflate_init(ZLIB_ENCODING_DEFLATE);
var_dump(bin2hex(deflate_add($d, "abc", ZLIB_SYNC_FLUSH)), bin2hex(deflate_add($d, "abc", ZLIB_FULL_FLUSH)), bin2hex(deflate_add($d, "", ZLIB_FINISH)));
$dict = ["quick", "brown", "lazy"];
$d = deflate_init(ZLIB_ENCODING_DEFLATE, ["dictionary" => $dict]);
$z = deflate_add($d, $text, ZLIB_FINISH);
var_dump(inflate_add(inflate_init(ZLIB_ENCODING_DEFLATE, ["dictionary" => $dict]), $z) === $text);
var_dump(inflate_add(inflate_init(ZLIB_ENCODING_DEFLATE), $z));
var_dump(inflate_add(inflate_init(ZLIB_ENCODING_DEFLATE, ["dictionary" => "other"]), $z));
var_dump(inflate_add(inflate_init(ZLIB_ENCODING_DEFLATE), "garbage!"));
$d = deflate_init(ZLIB_ENCODING_RAW, ["window" => 9, "memory" => 1, "strategy" => ZLIB_HUFFMAN_ONLY]);
var_dump(gzinflate(deflate_add($d, $text, ZLIB_FINISH)) === $text);
foreach ([fn() => deflate_init(99), fn() => deflate_init(ZLIB_ENCODING_RAW, ["window" => 16]),
          fn() => deflate_init(ZLIB_ENCODING_RAW, ["strategy" => 9]),
          fn() => deflate_init(ZLIB_ENCODING_RAW, ["dictionary" => ["a", ""]]),
          fn() => inflate_init(7), fn() => inflate_init(ZLIB_ENCODING_RAW, ["window" => 7]),
          fn() => deflate_add(deflate_init(ZLIB_ENCODING_RAW), "x", 99),
          fn() => deflate_add(inflate_init(ZLIB_ENCODING_RAW), "x"),
          fn() => new InflateContext] as $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
string(14) "DeflateContext"
int(62)
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "again"
string(14) "DeflateContext"
int(68)
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "again"
string(14) "DeflateContext"
int(80)
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "again"
string(22) "789c4a4c4a06000000ffff"
string(18) "4a4c4a06000000ffff"
string(12) "0300080c024d"
bool(true)

Warning: inflate_add(): Inflating this data requires a preset dictionary, please specify it in the options array of inflate_init() in %s on line 24
bool(false)

Warning: inflate_add(): Dictionary does not match expected dictionary (incorrect adler32 hash) in %s on line 25
bool(false)

Warning: inflate_add(): data error in %s on line 26
bool(false)
bool(true)
ValueError: deflate_init(): Argument #1 ($encoding) must be one of ZLIB_ENCODING_RAW, ZLIB_ENCODING_GZIP, or ZLIB_ENCODING_DEFLATE
ValueError: deflate_init(): "window" option must be between 8 and 15
ValueError: deflate_init(): "strategy" option must be one of ZLIB_FILTERED, ZLIB_HUFFMAN_ONLY, ZLIB_RLE, ZLIB_FIXED, or ZLIB_DEFAULT_STRATEGY
ValueError: deflate_init(): Argument #2 ($options) must not contain empty strings
ValueError: Encoding mode must be ZLIB_ENCODING_RAW, ZLIB_ENCODING_GZIP or ZLIB_ENCODING_DEFLATE
ValueError: zlib window size (logarithm) (7) must be within 8..15
ValueError: deflate_add(): Argument #3 ($flush_mode) must be one of ZLIB_NO_FLUSH, ZLIB_PARTIAL_FLUSH, ZLIB_SYNC_FLUSH, ZLIB_FULL_FLUSH, ZLIB_BLOCK, or ZLIB_FINISH
TypeError: deflate_add(): Argument #1 ($context) must be of type DeflateContext, InflateContext given
Error: Cannot directly construct InflateContext, use inflate_init() instead
