--TEST--
intl's Normalizer: the five forms, isNormalized, getRawDecomposition, the function aliases, invalid UTF-8 and invalid forms
--INI--
extension=intl
extension=mbstring
--FILE--
<?php
$s = "Cafe\u{301} ﬁ Å Ω ẛ̣ ｶ \u{1E9B}\u{0323} ①";
foreach ([Normalizer::FORM_C, Normalizer::FORM_D, Normalizer::FORM_KC, Normalizer::FORM_KD, Normalizer::FORM_KC_CF] as $f) {
  $n = Normalizer::normalize($s, $f);
  echo $f, " ", bin2hex($n), " ", var_export(Normalizer::isNormalized($n, $f), true), " ", var_export(normalizer_is_normalized($s, $f), true), " ", mb_strlen($n), "\n";
}
var_dump(Normalizer::normalize("abc"), normalizer_normalize(""), Normalizer::normalize("\xff\xfe"), Normalizer::isNormalized("\xff"));
var_dump(Normalizer::getRawDecomposition("Å"), normalizer_get_raw_decomposition("ﬁ", Normalizer::FORM_KC), Normalizer::getRawDecomposition("a"), Normalizer::getRawDecomposition("ab"));
foreach (['Normalizer::normalize', 'normalizer_normalize', 'Normalizer::isNormalized', 'normalizer_is_normalized'] as $fn) {
  try { $fn('x', 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(Normalizer::NFC, Normalizer::NFKC_CF, class_exists('Normalizer'), (new ReflectionMethod('Normalizer', 'normalize'))->isStatic());
--EXPECT--
16 436166c3a920efac8120c38520cea920e1ba9bcca320efbdb620e1ba9bcca320e291a0 true false 20
4 43616665cc8120efac812041cc8a20cea920c5bfcca3cc8720efbdb620c5bfcca3cc8720e291a0 true false 24
32 436166c3a920666920c38520cea920e1b9a920e382ab20e1b9a92031 true false 19
8 43616665cc812066692041cc8a20cea92073cca3cc8720e382ab2073cca3cc872031 true false 25
48 636166c3a920666920c3a520cf8920e1b9a920e382ab20e1b9a92031 true false 19
string(3) "abc"
string(0) ""
bool(false)
bool(false)
string(3) "Å"
string(2) "fi"
NULL
NULL
Normalizer::normalize(): Argument #2 ($form) must be a a valid normalization form
normalizer_normalize(): Argument #2 ($form) must be a a valid normalization form
Normalizer::isNormalized(): Argument #2 ($form) must be a a valid normalization form
normalizer_is_normalized(): Argument #2 ($form) must be a a valid normalization form
int(16)
int(48)
bool(true)
bool(true)
