--TEST--
strip_tags follows PHP's state machine: nested and quoted brackets, PHP blocks, <?xml, comments, declarations and DOCTYPE, NUL bytes, allowed-tag normalization
--FILE--
<?php
$cases = [
    ['<a href="x>y">link</a> text', null],
    ['NEAT <? cool < blah ?> STUFF', null],
    ['NEAT <? cool > blah ?> STUFF', null],
    ['<?php echo "a?>b"; ?>after', null],
    ['<?php if (f(")")) { ?>x<? } ?>y', null],
    ['<?xml version="1.0"?><root>r</root>', '<root>'],
    ['a<!-- c > d -->b<!-- x', null],
    ['<!DOCTYPE html><html>h</html>', '<html>'],
    ['<!foo bar>text<! "q>" >z', null],
    ["nul\0byte<b>\0</b>", '<b>'],
    ['x < y and y > z', null],
    ['<<b>>bold<</b>>', '<b>'],
    ['<B class="c">B</B><I>i</I>', '<b>'],
    ['<br/><br /><p/>', ['br']],
    ['< p>space</ p>', '<p>'],
    ['<a title=\'it"s\'>q</a>', '<a>'],
    ['<html>hello</html>', 'html'],
    ['unclosed <b', null],
];
foreach ($cases as [$s, $allow]) {
    var_dump(strip_tags($s, $allow));
}
// A fixed pseudo-random corpus of tag soup, summarized.
mt_srand(7);
$alpha = ['<', '>', '!', '?', '-', '"', "'", '/', 'a', 'b', ' ', 'x', 'm', 'l', 'DOCTYPE', '(', ')',
          '\\', "\0", '<?xml', '<!--', '-->', '<a href="x>y">', '</b>', '<br/>', 'p'];
$allows = [null, '', '<a>', '<b><p>', ['a', 'br'], '<br>'];
$all = '';
for ($i = 0; $i < 3000; $i++) {
    $s = '';
    for ($k = mt_rand(1, 14); $k > 0; $k--) {
        $s .= $alpha[mt_rand(0, count($alpha) - 1)];
    }
    $all .= strip_tags($s, $allows[mt_rand(0, count($allows) - 1)]) . "|";
}
echo strlen($all), " ", md5($all), "\n";
--EXPECT--
string(9) "link text"
string(11) "NEAT  STUFF"
string(11) "NEAT  STUFF"
string(5) "after"
string(2) "xy"
string(14) "<root>r</root>"
string(2) "ab"
string(21) "< html><html>h</html>"
string(5) "textz"
string(14) "nulbyte<b></b>"
string(15) "x < y and y > z"
string(11) "<b>bold</b>"
string(19) "<B class="c">B</B>i"
string(11) "<br/><br />"
string(9) "< p>space"
string(21) "<a title='it"s'>q</a>"
string(5) "hello"
string(9) "unclosed "
23411 3414205a74eebc4353390c1caaa588d6
