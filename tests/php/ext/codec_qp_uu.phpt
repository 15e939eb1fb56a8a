--TEST--
quoted_printable_encode/decode and convert_uuencode/uudecode
--FILE--
<?php
$samples = ["", "a", "ab", "abc", "abcd", "hello world", "=", "tab\there", "trail \r\nx",
    "line1\r\nline2\nline3", str_repeat("x", 80), str_repeat("é", 40), str_repeat("€", 30),
    str_repeat("😀", 20), "\x00\x01\x7f\xff", str_repeat("a=b ", 30), "ctl\x1b\x7f"];
foreach ($samples as $s) {
    $e = quoted_printable_encode($s);
    var_dump($e, quoted_printable_decode($e) === $s);
}
var_dump(quoted_printable_decode("=41=4a=4Z=\r\nnext=  \nn2=\rn3= x=4"));
var_dump(quoted_printable_decode("a\0b=41"));
var_dump(quoted_printable_decode("=") , quoted_printable_decode("=="), quoted_printable_decode("=a"));
foreach ([1, 2, 3, 4, 5, 44, 45, 46, 47, 89, 90, 91, 135, 200] as $n) {
    $s = '';
    for ($i = 0; $i < $n; $i++) $s .= chr(($i * 37 + 11) % 256);
    $e = convert_uuencode($s);
    echo $e;
    var_dump(convert_uudecode($e) === $s);
}
var_dump(convert_uuencode(""));
var_dump(convert_uudecode(""));
var_dump(convert_uudecode("not uuencoded"));
var_dump(convert_uudecode("#86)C\n"));
var_dump(convert_uudecode("~~~"));
var_dump(convert_uudecode("`\n"));
var_dump(bin2hex(convert_uudecode("%86)C9&4`\n`\n")));
--EXPECTF--
string(0) ""
bool(true)
string(1) "a"
bool(true)
string(2) "ab"
bool(true)
string(3) "abc"
bool(true)
string(4) "abcd"
bool(true)
string(11) "hello world"
bool(true)
string(3) "=3D"
bool(true)
string(10) "tab=09here"
bool(true)
string(11) "trail=20
x"
bool(true)
string(20) "line1
line2=0Aline3"
bool(true)
string(83) "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=
xxxxx"
bool(true)
string(249) "=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=
=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=
=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=
=C3=A9=C3=A9=C3=A9=C3=A9"
bool(true)
string(279) "=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=
=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=
=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=
=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC=E2=82=AC"
bool(true)
string(249) "=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=
=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=
=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=F0=9F=98=80=
=F0=9F=98=80=F0=9F=98=80"
bool(true)
string(12) "=00=01=7F=FF"
bool(true)
string(186) "a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=
=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3Db a=3D=
b a=3Db a=3Db a=3Db a=3Db a=3Db "
bool(true)
string(9) "ctl=1B=7F"
bool(true)
string(18) "AJ=4Znextn2n3= x=4"
string(1) "a"
string(0) ""
string(1) "="
string(2) "=a"
!"P``
`
bool(true)
""S``
`
bool(true)
#"S!5
`
bool(true)
$"S!5>@``
`
bool(true)
%"S!5>I\`
`
bool(true)
L"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4(`
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
!C```
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
"C+$`
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
LC+'6^R!%:H^TV?XC2&V2M]P!)DMPE;K?!"E.<YB]X@<L47:;P.4*+U1YGL,`
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
MC+'6^R!%:H^TV?XC2&V2M]P!)DMPE;K?!"E.<YB]X@<L47:;P.4*+U1YGL/H
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
MC+'6^R!%:H^TV?XC2&V2M]P!)DMPE;K?!"E.<YB]X@<L47:;P.4*+U1YGL/H
!#0``
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
MC+'6^R!%:H^TV?XC2&V2M]P!)DMPE;K?!"E.<YB]X@<L47:;P.4*+U1YGL/H
M#3)7?*'&ZQ`U6G^DR>X3.%V"I\SQ%CM@A:K/]!D^8XBMTO<<06:+L-7Z'T1I
`
bool(true)
M"S!5>I_$Z0XS6'VBQ^P1-EN`I<KO%#E>@ZC-\A<\88:KT/4:/V2)KM/X'4)G
MC+'6^R!%:H^TV?XC2&V2M]P!)DMPE;K?!"E.<YB]X@<L47:;P.4*+U1YGL/H
M#3)7?*'&ZQ`U6G^DR>X3.%V"I\SQ%CM@A:K/]!D^8XBMTO<<06:+L-7Z'T1I
MCK/8_2)';)&VVP`E2F^4N=X#*$URE[SA!BM0=9J_Y`DN4WB=PN<,,59[H,7J
4#S19?J/([1(W7(&FR_`5.E^$J<X`
`
bool(true)
string(2) "`
"

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s on line 20
bool(false)

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s on line 21
bool(false)
string(3) "abc"

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s on line 23
bool(false)
string(0) ""
string(10) "6162636465"
