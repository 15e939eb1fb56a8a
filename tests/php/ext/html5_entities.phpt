--TEST--
ENT_HTML5: the full named-entity table in htmlentities, html_entity_decode, get_html_translation_table
--FILE--
<?php
foreach ([ENT_HTML5, ENT_HTML5 | ENT_QUOTES, ENT_HTML401 | ENT_QUOTES, ENT_XHTML] as $fl) {
  var_dump(htmlentities("a\u{2242}\u{338}b\u{2242}c >\u{338} fj <\u{20D2} =\u{20E5} \"'&é€\u{1D504}\t\n!#\$%()*+,./:;=?@[\\]^_`{|}~", $fl));
  var_dump(html_entity_decode("&NotEqualTilde;&fjlig;&nbsp;&Tab;&NewLine;&amp;&AMP;&bogus;&lt&Afr;&apos;&quot;&QUOT;&LT;&ThickSpace;&nvlt;&#x41;&#65;&eacute", $fl));
  var_dump(htmlspecialchars_decode("&LT;&lt;&AMP;&amp;&apos;&QUOT;&quot;&GT;", $fl));
  var_dump(htmlentities("&amp; &bne; &fjlig; &bogus; &#x41; &Afr;", $fl, "UTF-8", false));
}
var_dump(html_entity_decode("&NotEqualTilde;&eacute;&hearts;", ENT_HTML5, "ISO-8859-1"));
var_dump(bin2hex(htmlentities("\xe9\xff=\xe5", ENT_HTML5, "ISO-8859-1")));
foreach ([ENT_HTML5, ENT_HTML5 | ENT_QUOTES, ENT_HTML5 | ENT_COMPAT] as $fl) {
  $t = get_html_translation_table(HTML_ENTITIES, $fl);
  var_dump(count($t), md5(serialize($t)));
  $t = get_html_translation_table(HTML_ENTITIES, $fl, "ISO-8859-1");
  var_dump(count($t), md5(serialize($t)));
  var_dump(get_html_translation_table(HTML_SPECIALCHARS, $fl));
}
// every HTML5 name round-trips through decode
$t = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5);
$bad = 0;
foreach ($t as $chars => $ent) if (html_entity_decode($ent, ENT_QUOTES | ENT_HTML5) !== $chars) $bad++;
var_dump($bad);
--EXPECT--
string(252) "a&nesim;b&esim;c &gt;̸ &fjlig; &nvlt; &bne; "'&amp;&eacute;&euro;&Afr;&Tab;&NewLine;&excl;&num;&dollar;&percnt;&lpar;&rpar;&ast;&plus;&comma;&period;&sol;&colon;&semi;&equals;&quest;&commat;&lbrack;&bsol;&rsqb;&Hat;&lowbar;&grave;&lbrace;&vert;&rcub;~"
string(65) "≂̸fj 	
&&&bogus;&lt𝔄&apos;&quot;&QUOT;<  <⃒AA&eacute"
string(33) "&LT;<&AMP;&&apos;&QUOT;&quot;&GT;"
string(49) "&amp; &bne; &fjlig; &amp;bogus&semi; &#x41; &Afr;"
string(262) "a&nesim;b&esim;c &gt;̸ &fjlig; &nvlt; &bne; &quot;&apos;&amp;&eacute;&euro;&Afr;&Tab;&NewLine;&excl;&num;&dollar;&percnt;&lpar;&rpar;&ast;&plus;&comma;&period;&sol;&colon;&semi;&equals;&quest;&commat;&lbrack;&bsol;&rsqb;&Hat;&lowbar;&grave;&lbrace;&vert;&rcub;~"
string(50) "≂̸fj 	
&&&bogus;&lt𝔄'""<  <⃒AA&eacute"
string(23) "&LT;<&AMP;&'&QUOT;"&GT;"
string(49) "&amp; &bne; &fjlig; &amp;bogus&semi; &#x41; &Afr;"
string(98) "a≂̸b≂c &gt;̸ fj &lt;⃒ =⃥ &quot;&#039;&amp;&eacute;&euro;𝔄	
!#$%()*+,./:;=?@[\]^_`{|}~"
string(103) "&NotEqualTilde;&fjlig; &Tab;&NewLine;&&AMP;&bogus;&lt&Afr;&apos;"&QUOT;&LT;&ThickSpace;&nvlt;AA&eacute"
string(28) "&LT;<&AMP;&&apos;&QUOT;"&GT;"
string(56) "&amp; &amp;bne; &amp;fjlig; &amp;bogus; &#x41; &amp;Afr;"
string(88) "a≂̸b≂c &gt;̸ fj &lt;⃒ =⃥ "'&amp;&eacute;&euro;𝔄	
!#$%()*+,./:;=?@[\]^_`{|}~"
string(108) "&NotEqualTilde;&fjlig; &Tab;&NewLine;&&AMP;&bogus;&lt&Afr;&apos;&quot;&QUOT;&LT;&ThickSpace;&nvlt;AA&eacute"
string(33) "&LT;<&AMP;&&apos;&QUOT;&quot;&GT;"
string(56) "&amp; &amp;bne; &amp;fjlig; &amp;bogus; &#x41; &amp;Afr;"
string(24) "&NotEqualTilde;�&hearts;"
string(58) "266561637574653b2679756d6c3b26657175616c733b266172696e673b"
int(1509)
string(32) "06b9ba3a2c244e145913853fe5578c64"
int(130)
string(32) "9e73b62ab01c7b44aec495693fa4e6c2"
array(3) {
  ["&"]=>
  string(5) "&amp;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(1511)
string(32) "622c2e4e6b3102b086773ddd3735fb54"
int(132)
string(32) "7e689003b16bd16e1c9aa05eaf93de60"
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&apos;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(1510)
string(32) "1d2ec3327598000581dae281b4f8c852"
int(131)
string(32) "1bd7d440b07bd18f85c62f44bafef4d5"
array(4) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(0)
