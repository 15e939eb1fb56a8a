--TEST--
output buffering (nested buffers, callbacks with phases, chunk sizes, notices without a buffer), str_pad (ValueErrors), wordwrap, nl2br line endings, number_format
--FILE--
<?php
ob_start(); echo "a"; $x = ob_get_contents(); ob_start(fn($b) => strtoupper($b)); echo "inner"; var_dump(ob_get_level()); ob_end_flush(); echo "b"; $y = ob_get_clean(); var_dump($x, $y, ob_get_level());
ob_start(null, 4); echo "12"; echo "345"; echo "6"; $z = ob_get_contents(); ob_end_clean(); var_dump($z);
var_dump(ob_get_clean(), ob_get_contents(), ob_get_length(), @ob_end_flush(), ob_list_handlers());
ob_start(); echo "xyz"; var_dump(ob_get_length()); ob_flush(); ob_clean(); echo "q"; ob_end_clean();
ob_start(function ($buf, $phase) { return "[$phase:" . $buf . "]"; }); echo "one"; ob_flush(); echo "two"; ob_end_flush(); echo "\n";
var_dump(ob_end_clean()); var_dump(ob_get_flush());
ob_start(); echo "kept"; $s = ob_get_flush(); var_dump($s);
echo "\n", str_pad("x", 5, "-", STR_PAD_BOTH), "|", str_pad("abc", 2), "|", str_pad("7", 3, "0", STR_PAD_LEFT), "|", wordwrap("The quick brown fox", 10, "\n", true), "|", wordwrap("A very long woooooooooooord.", 8, "\n", true), "|", wordwrap("short", 10), "|", nl2br("a\nb\r\nc"), "|", number_format(1234567.891), "|", number_format(1234567.891, 2), "|", number_format(1234567.891, 2, ',', '.'), "|", number_format(0.5), "|", number_format(-1234.567, 1), "|", number_format(1234.5, 2, '', ''), "\n";
try { str_pad("x", 5, ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { wordwrap("abc", 0, "", true); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(nl2br("a\rb\n\rc\r\n\nd", false), str_pad("ab", 1, "")); try { str_pad("ab", 5, " ", 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(1) "a"
string(14) "aINNERINT(2)
b"
int(0)
12345string(1) "6"
bool(false)
bool(false)
bool(false)
bool(false)
array(0) {
}
xyzint(3)
[5:one][8:two]

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s on line 7
bool(false)

Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 7
bool(false)
keptstring(4) "kept"

--x--|abc|007|The quick
brown fox|A very
long
wooooooo
ooooord.|short|a<br />
b<br />
c|1,234,568|1,234,567.89|1.234.567,89|1|-1,234.6|123450
str_pad(): Argument #3 ($pad_string) must be a non-empty string
wordwrap(): Argument #3 ($break) cannot be empty
string(26) "a<br>b<br>
c<br>
<br>
d"
string(2) "ab"
str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH
