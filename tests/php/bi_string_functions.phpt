--TEST--
bi: common string functions: case, trim, pad, search, replace, substr, compare, repeat, reverse
--FILE--
<?php
$s = "  Hello, World!  ";
echo "[", trim($s), "][", ltrim($s), "][", rtrim($s), "][", trim("xxhixx", "x"), "][", trim("abcHIcba", "a..c"), "]\n";
echo strtoupper("abc-é"), strtolower("ABC"), ucfirst("hello world"), lcfirst("HELLO"), ucwords("hello big-world", " -"), "\n";
echo str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("x", 5, "ab", STR_PAD_BOTH), str_pad("toolong", 3), "\n";
var_dump(strpos("hello", "l"), strpos("hello", "z"), strrpos("hello", "l"), stripos("HeLLo", "ll"), strpos("abc", "", 1));
var_dump(str_contains("abc", ""), str_starts_with("abc", "ab"), str_ends_with("abc", "bc"));
echo substr("hello", 1, 3), substr("hello", -3), substr("hello", 1, -1), "|", substr("abc", 5), "|", substr("abc", -10, 2), "\n";
echo str_replace("a", "b", "banana"), str_replace(['a', 'n'], ['1', '2'], "banana"), str_replace(['a', 'b'], 'x', "abc"), "\n";
str_replace('a', 'A', 'aaa', $count);
echo $count, "\n";
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abef", 2), strncasecmp("ABx", "aby", 2));
echo str_repeat("=-", 3), strrev("stressed"), strlen("äbc"), substr_count("hello hello", "ll"), "\n";
echo nl2br("a\nb"), " ", wordwrap("The quick brown fox", 10, "\n", true), "\n";
echo strstr("user@example.com", "@"), strstr("user@example.com", "@", true), strrchr("a/b/c", "/"), stristr("HayStack", "st"), "\n";
echo substr_replace("Hello", "J", 0, 1), substr_replace("abc", "X", -1), substr_replace("abc", "X", 1, 0), "\n";
echo ucwords(strtolower("JOHN O'REILLY")), " ", strtr("Hi all", "ai", "eo"), " ", strtr("Hi all", ["Hi" => "Hello", "all" => "world"]), "\n";
echo number_format(1234567.891), " ", number_format(1234567.891, 2), " ", number_format(1234.5, 1, ',', '.'), " ", number_format(0.5), "\n";
echo chr(65), ord("a"), " ", dechex(255), bin2hex("ab"), hexdec("ff"), bindec("101"), decbin(5), octdec("17"), decoct(8), "\n";
echo addslashes("O'Re\"il\\y"), " ", stripslashes("O\\'Re"), " ", htmlspecialchars("<a href='x'>&</a>"), "\n";
--EXPECT--
[Hello, World!][Hello, World!  ][  Hello, World!][hi][HI]
ABC-éabcHello worldhELLOHello Big-World
005abxabtoolong
int(2)
bool(false)
int(3)
int(2)
int(1)
bool(true)
bool(true)
bool(true)
elllloell||ab
bbnbnbb12121xxc
3
int(-1)
int(1)
int(0)
int(0)
int(0)
int(0)
=-=-=-desserts42
a<br />
b The quick
brown fox
@example.comuser/cStack
JelloabXaXbc
John O'reilly Ho ell Hello world
1,234,568 1,234,567.89 1.234,5 1
A97 ff616225551011510
O\'Re\"il\\y O'Re &lt;a href=&#039;x&#039;&gt;&amp;&lt;/a&gt;
