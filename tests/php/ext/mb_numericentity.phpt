--TEST--
mbstring: mb_encode_numericentity and mb_decode_numericentity (maps with offsets and masks, hex, UTF-8/Latin-1/UTF-16LE, malformed and overlong references, map errors)
--INI--
extension=mbstring
--FILE--
<?php
$map = [0x80, 0x10ffff, 0, 0x1fffff];
$s = "Grüße, 世界! <€> & done";
foreach (['UTF-8', 'ISO-8859-1', 'UTF-16LE'] as $enc) {
  $in = mb_convert_encoding($s, $enc, 'UTF-8');
  $e = mb_encode_numericentity($in, $map, $enc);
  $h = mb_encode_numericentity($in, $map, $enc, true);
  echo bin2hex($e), "\n", bin2hex($h), "\n";
  echo bin2hex(mb_decode_numericentity($e, $map, $enc)), " ", bin2hex(mb_decode_numericentity($h, $map, $enc)), "\n";
}
echo mb_encode_numericentity("abc\xffdef", [0x61, 0x62, 1, 0xffff]), "\n";
echo mb_encode_numericentity("abc", [0x0, 0x10ffff, 0, 0xf], 'UTF-8', true), "\n";
$d = [0x0, 0x10ffff, 0, 0x1fffff];
foreach (["&#65;&#x42;&#X43;&#x;&#;&#0068&#69", "&#1234567890123;&#4294967295;&#99999999999;&#x1F600;&#x1f600;", "&amp; & &# &#x &#120", "&#x0000000041;&#00000000065;&#000000000065;", "&&#65;&&&#x41"] as $t)
  echo mb_decode_numericentity($t, $d), "|", mb_decode_numericentity($t, [0x41, 0x41, 0, 0xffff]), "|", mb_decode_numericentity($t, [0x40, 0x50, 1, 0xffff]), "\n";
echo mb_decode_numericentity("&#65;", ['a' => 0, 'b' => '200', 7 => 0.5, 3 => 0xffff]), "\n";
try { mb_decode_numericentity("x", [1, 2, 3]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_encode_numericentity("x", [1, 2, 3, 4, 5]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_encode_numericentity("x", [1, 2, 3, 4], 'bogus'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo html_entity_decode("&#35;"), mb_decode_numericentity('&#35;', [0, 0xffff, 0, 0xffff], 'UTF-8'), "\n";
--EXPECT--
477226233235323b26233232333b652c20262331393939303b262333303032383b21203c2623383336343b3e202620646f6e65
477226237846433b26237844463b652c20262378344531363b262378373534433b21203c262378323041433b3e202620646f6e65
4772c3bcc39f652c20e4b896e7958c21203ce282ac3e202620646f6e65 4772c3bcc39f652c20e4b896e7958c21203ce282ac3e202620646f6e65
477226233235323b26233232333b652c203f3f21203c3f3e202620646f6e65
477226237846433b26237844463b652c203f3f21203c3f3e202620646f6e65
4772fcdf652c203f3f21203c3f3e202620646f6e65 4772fcdf652c203f3f21203c3f3e202620646f6e65
47007200260023003200350032003b00260023003200320033003b0065002c00200026002300310039003900390030003b0026002300330030003000320038003b00210020003c002600230038003300360034003b003e0020002600200064006f006e006500
47007200260023007800460043003b00260023007800440046003b0065002c00200026002300780034004500310036003b0026002300780037003500340043003b00210020003c0026002300780032003000410043003b003e0020002600200064006f006e006500
47007200fc00df0065002c002000164e4c75210020003c00ac203e0020002600200064006f006e006500 47007200fc00df0065002c002000164e4c75210020003c00ac203e0020002600200064006f006e006500
&#98;&#99;c?def
&#x1;&#x2;&#x3;
AB&#X43;&#x;&#;DE|A&#x42;&#X43;&#x;&#;&#0068&#69|@A&#X43;&#x;&#;CD
&#1234567890123;&#4294967295;&#99999999999;😀😀|&#1234567890123;&#4294967295;&#99999999999;&#x1F600;&#x1f600;|&#1234567890123;&#4294967295;&#99999999999;&#x1F600;&#x1f600;
&amp; & &# &#x x|&amp; & &# &#x &#120|&amp; & &# &#x &#120
&#x0000000041;&#00000000065;&#000000000065;|&#x0000000041;&#00000000065;&#000000000065;|&#x0000000041;&#00000000065;&#000000000065;
&A&&A|&A&&A|&@&&@
A
mb_decode_numericentity(): Argument #2 ($map) must have a multiple of 4 elements
mb_encode_numericentity(): Argument #2 ($map) must have a multiple of 4 elements
mb_encode_numericentity(): Argument #3 ($encoding) must be a valid encoding, "bogus" given
##
