--TEST--
htmlspecialchars/htmlentities with quote styles, doctypes, ENT_SUBSTITUTE/ENT_IGNORE, double_encode, Latin-1; htmlspecialchars_decode/html_entity_decode (numeric, named, invalid code points); get_html_translation_table; unsupported charset warning
--FILE--
<?php
$s = "<a href='x'>T&amp;C \"q\" &copy; &#169; &#xA9; &bogus; &#0; é ü € 😀 \x80 end</a>";
foreach ([ENT_QUOTES, ENT_COMPAT, ENT_NOQUOTES, ENT_QUOTES|ENT_HTML5, ENT_QUOTES|ENT_XML1, ENT_QUOTES|ENT_XHTML, ENT_QUOTES|ENT_SUBSTITUTE, ENT_QUOTES|ENT_IGNORE, ENT_QUOTES|ENT_SUBSTITUTE|ENT_XML1] as $f) {
    echo $f, "\n";
    var_dump(htmlspecialchars($s, $f), htmlentities($s, $f), htmlspecialchars($s, $f, "UTF-8", false), htmlentities($s, $f, null, false));
}
var_dump(htmlspecialchars($s), htmlentities($s), htmlentities("caf\xe9 \xa9", ENT_QUOTES, "ISO-8859-1"));
$e = "&lt;p&gt; &amp;amp; &quot;x&quot; &#039;y&#39; &#x27; &apos; &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; &#60;";
foreach ([ENT_QUOTES, ENT_COMPAT, ENT_NOQUOTES, ENT_QUOTES|ENT_HTML5, ENT_QUOTES|ENT_XML1] as $f) {
    var_dump(htmlspecialchars_decode($e, $f), html_entity_decode($e, $f));
}
var_dump(htmlspecialchars_decode($e), html_entity_decode($e), html_entity_decode("&eacute;&copy;&#233;", ENT_QUOTES, "ISO-8859-1"));
print_r(get_html_translation_table()); print_r(get_html_translation_table(HTML_SPECIALCHARS, ENT_NOQUOTES)); print_r(get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES|ENT_HTML5));
$t = get_html_translation_table(HTML_ENTITIES); var_dump(count($t), $t["é"], $t["€"], $t["'"]);
var_dump(count(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES, "ISO-8859-1")));
try { htmlspecialchars("x", ENT_QUOTES, "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
3
string(0) ""
string(0) ""
string(0) ""
string(0) ""
2
string(0) ""
string(0) ""
string(0) ""
string(0) ""
0
string(0) ""
string(0) ""
string(0) ""
string(0) ""
51
string(0) ""
string(0) ""
string(0) ""
string(0) ""
19
string(0) ""
string(0) ""
string(0) ""
string(0) ""
35
string(0) ""
string(0) ""
string(0) ""
string(0) ""
11
string(140) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; é ü € 😀 � end&lt;/a&gt;"
string(153) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; &eacute; &uuml; &euro; 😀 � end&lt;/a&gt;"
string(120) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot; &copy; &#169; &#xA9; &amp;bogus; &#0; é ü € 😀 � end&lt;/a&gt;"
string(133) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot; &copy; &#169; &#xA9; &amp;bogus; &#0; &eacute; &uuml; &euro; 😀 � end&lt;/a&gt;"
7
string(137) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; é ü € 😀  end&lt;/a&gt;"
string(150) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; &eacute; &uuml; &euro; 😀  end&lt;/a&gt;"
string(117) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot; &copy; &#169; &#xA9; &amp;bogus; &#0; é ü € 😀  end&lt;/a&gt;"
string(130) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot; &copy; &#169; &#xA9; &amp;bogus; &#0; &eacute; &uuml; &euro; 😀  end&lt;/a&gt;"
27
string(140) "&lt;a href=&apos;x&apos;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; é ü € 😀 � end&lt;/a&gt;"
string(140) "&lt;a href=&apos;x&apos;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; é ü € 😀 � end&lt;/a&gt;"
string(124) "&lt;a href=&apos;x&apos;&gt;T&amp;C &quot;q&quot; &amp;copy; &#169; &#xA9; &amp;bogus; &#0; é ü € 😀 � end&lt;/a&gt;"
string(124) "&lt;a href=&apos;x&apos;&gt;T&amp;C &quot;q&quot; &amp;copy; &#169; &#xA9; &amp;bogus; &#0; é ü € 😀 � end&lt;/a&gt;"
string(140) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; é ü € 😀 � end&lt;/a&gt;"
string(153) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot; &amp;copy; &amp;#169; &amp;#xA9; &amp;bogus; &amp;#0; &eacute; &uuml; &euro; 😀 � end&lt;/a&gt;"
string(18) "caf&eacute; &copy;"
string(127) "<p> &amp; "x" 'y' ' &apos; &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; <"
string(92) "<p> &amp; "x" 'y' ' &apos; © é € € € A &#0; &#xD800; 😀   &bogus; &amp &#; &#x; <"
string(141) "<p> &amp; "x" &#039;y&#39; &#x27; &apos; &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; <"
string(106) "<p> &amp; "x" &#039;y&#39; &#x27; &apos; © é € € € A &#0; &#xD800; 😀   &bogus; &amp &#; &#x; <"
string(151) "<p> &amp; &quot;x&quot; &#039;y&#39; &#x27; &apos; &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; <"
string(116) "<p> &amp; &quot;x&quot; &#039;y&#39; &#x27; &apos; © é € € € A &#0; &#xD800; 😀   &bogus; &amp &#; &#x; <"
string(122) "<p> &amp; "x" 'y' ' ' &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; <"
string(87) "<p> &amp; "x" 'y' ' ' © é € € € A &#0; &#xD800; 😀   &bogus; &amp &#; &#x; <"
string(122) "<p> &amp; "x" 'y' ' ' &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; <"
string(104) "<p> &amp; "x" 'y' ' ' &copy; &eacute; &euro; € € A &#0; &#xD800; 😀 &nbsp; &bogus; &amp &#; &#x; <"
string(127) "<p> &amp; "x" 'y' ' &apos; &copy; &eacute; &euro; &#8364; &#x20AC; &#65; &#0; &#xD800; &#128512; &nbsp; &bogus; &amp &#; &#x; <"
string(92) "<p> &amp; "x" 'y' ' &apos; © é € € € A &#0; &#xD800; 😀   &bogus; &amp &#; &#x; <"
string(3) "��"
Array
(
    ["] => &quot;
    [&] => &amp;
    ['] => &#039;
    [<] => &lt;
    [>] => &gt;
)
Array
(
    [&] => &amp;
    [<] => &lt;
    [>] => &gt;
)
Array
(
    ["] => &quot;
    [&] => &amp;
    ['] => &apos;
    [<] => &lt;
    [>] => &gt;
)
int(253)
string(8) "&eacute;"
string(6) "&euro;"
string(6) "&#039;"
int(101)

Warning: htmlspecialchars(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 16
