--TEST--
htmlentities, html_entity_decode and get_html_translation_table in single-byte charsets
--FILE--
<?php
foreach (["cp1252", "Windows-1252", "KOI8-R", "cp1251", "iso-8859-5", "ISO-8859-15", "cp866", "ISO-8859-1", "bogus"] as $cs) {
  $bytes = "";
  for ($i = 0x80; $i < 0x100; $i += 7) $bytes .= chr($i);
  echo "$cs\n";
  var_dump(htmlentities($bytes . "<&>\"'", ENT_QUOTES, $cs));
  var_dump(bin2hex(html_entity_decode("&euro;&eacute;&Ccedil;&copy;&#233;&#x416;&nbsp;&amp;&hearts;", ENT_QUOTES, $cs)));
  $t = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES, $cs);
  var_dump(count($t), md5(serialize($t)));
  $t = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5, $cs);
  var_dump(count($t), md5(serialize($t)));
}
--EXPECTF--
cp1252
string(153) "&euro;&Dagger;Ž&bull;&oelig;&pound;&ordf;&plusmn;&cedil;&iquest;&AElig;&Iacute;&Ocirc;&Ucirc;&acirc;&eacute;&eth;&divide;&thorn;&lt;&amp;&gt;&quot;&#039;"
string(44) "80e9c7a9e92623783431363ba026266865617274733b"
int(126)
string(32) "87ab61a1af9c036f731b858392386f7f"
int(156)
string(32) "3875ffaa0a82042d34bcc6da54e696b3"
Windows-1252
string(153) "&euro;&Dagger;Ž&bull;&oelig;&pound;&ordf;&plusmn;&cedil;&iquest;&AElig;&Iacute;&Ocirc;&Ucirc;&acirc;&eacute;&eth;&divide;&thorn;&lt;&amp;&gt;&quot;&#039;"
string(44) "80e9c7a9e92623783431363ba026266865617274733b"
int(126)
string(32) "87ab61a1af9c036f731b858392386f7f"
int(156)
string(32) "3875ffaa0a82042d34bcc6da54e696b3"
KOI8-R
string(53) "€‡Ž•&deg;£ª±¸&copy;ÆÍÔÛâéð÷þ&lt;&amp;&gt;&quot;&#039;"
string(80) "266575726f3b266561637574653b2643636564696c3bbf26233233333bf69a26266865617274733b"
int(15)
string(32) "fc42f0a05d135ed85f94ee0ce4fb5359"
int(155)
string(32) "046f5372c2165fe67ac0a740a166b542"
cp1251
string(63) "€&Dagger;Ž&bull;œ£ª&plusmn;¸¿ÆÍÔÛâéð÷þ&lt;&amp;&gt;&quot;&#039;"
string(70) "88266561637574653b2643636564696c3ba926233233333bc6a026266865617274733b"
int(37)
string(32) "9474993db7b0371d13d4da86869604fb"
int(158)
string(32) "25aaaf69529903562f632934efc4c52b"
iso-8859-5
string(44) "€‡Ž•œ£ª±¸¿ÆÍÔÛâéð÷þ&lt;&amp;&gt;&quot;&#039;"
string(90) "266575726f3b266561637574653b2643636564696c3b26636f70793b26233233333bb6a026266865617274733b"
int(8)
string(32) "16f7454feff810ebed6ab24c3689ec41"
int(129)
string(32) "8156030c90b1f63d9b7b3660c6b6ff52"
ISO-8859-15
string(124) "€‡Ž•œ&pound;&ordf;&plusmn;¸&iquest;&AElig;&Iacute;&Ocirc;&Ucirc;&acirc;&eacute;&eth;&divide;&thorn;&lt;&amp;&gt;&quot;&#039;"
string(44) "a4e9c7a9e92623783431363ba026266865617274733b"
int(99)
string(32) "1005c63d523c441f5da020f549af743e"
int(129)
string(32) "f6bdd36d8b657377cb1481135ba160f4"
cp866
string(44) "€‡Ž•œ£ª±¸¿ÆÍÔÛâéð÷þ&lt;&amp;&gt;&quot;&#039;"
string(90) "266575726f3b266561637574653b2643636564696c3b26636f70793b26233233333b86ff26266865617274733b"
int(10)
string(32) "2172ba0e704c6221c16c2e294dfaa81e"
int(157)
string(32) "6758964095df127efcf6f761c16e4eac"
ISO-8859-1
string(130) "€‡Ž•œ&pound;&ordf;&plusmn;&cedil;&iquest;&AElig;&Iacute;&Ocirc;&Ucirc;&acirc;&eacute;&eth;&divide;&thorn;&lt;&amp;&gt;&quot;&#039;"
string(54) "266575726f3be9c7a9e92623783431363ba026266865617274733b"
int(101)
string(32) "b3074222c4d7324a31f47ef90cd5438d"
int(132)
string(32) "7e689003b16bd16e1c9aa05eaf93de60"
bogus

Warning: htmlentities(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 6
string(0) ""

Warning: html_entity_decode(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 7
string(38) "e282acc3a9c387c2a9c3a9d096c2a026e299a5"

Warning: get_html_translation_table(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 8
int(253)
string(32) "1ca0faafc69509297d049672567fd3c8"

Warning: get_html_translation_table(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 10
int(1511)
string(32) "622c2e4e6b3102b086773ddd3735fb54"
