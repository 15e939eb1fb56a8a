--TEST--
similar_text, levenshtein with costs, soundex, metaphone (max_phonemes, ValueError), strnatcmp/strnatcasecmp
--FILE--
<?php
foreach ([["World","Word"],["Hello","World"],["",""],["abc",""],["PHP IS GREAT","WITH MYSQL"],["aaaa","aa"]] as [$a,$b]) {
    $n = similar_text($a, $b, $p); var_dump($n, $p);
}
var_dump(levenshtein("kitten","sitting"), levenshtein("","abc"), levenshtein("abc",""), levenshtein("kitten","sitting",2,3,4), levenshtein("flaw","lawn",1,1,1), levenshtein("a","b",1,10,1));
foreach (["Robert","Rupert","Rubin","Ashcraft","Ashcroft","Tymczak","Pfister","Honeyman","", "Lloyd","a","123","Euler","Gauss","Hilbert","Knuth","Lukasiewicz","Ellery","Ghosh","Heilbronn","Kant","Ladd","Lissajous"] as $w) echo $w, " ", soundex($w), " ", metaphone($w), "\n";
foreach (["Thompson","knight","Christ","school","science","ghost","tough","laugh","gnome","aegis","wright","which","xavier","cia","judge","dumb","sign","signed","Thumb","character","Schwarz","Michael","photograph","thing","nation","Sean","phone","wheat","yes","fly","box","wagon","bigger","acceptance","ecce","WHY","hugh","night","eight","knock","ABC"] as $w) echo $w, " ", metaphone($w), " ", metaphone($w, 2), "\n";
try { metaphone("x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$arr = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img02.png", "a 1", "a  2", "0.5", "0.05", "x01", "x1", "", "10", "9"];
foreach ($arr as $a) foreach ($arr as $b) echo strnatcmp($a, $b), strnatcasecmp($a, $b), " ";
echo "\n";
--EXPECT--
int(4)
float(88.88888888888889)
int(1)
float(20)
int(0)
float(0)
int(0)
float(0)
int(3)
float(27.272727272727273)
int(2)
float(66.66666666666667)
int(3)
int(3)
int(3)
int(8)
int(2)
int(2)
Robert R163 RBRT
Rupert R163 RPRT
Rubin R150 RBN
Ashcraft A226 AXKRFT
Ashcroft A226 AXKRFT
Tymczak T522 TMKSK
Pfister P236 PFSTR
Honeyman H555 HNMN
 0000 
Lloyd L300 LT
a A000 A
123 0000 
Euler E460 ELR
Gauss G200 KS
Hilbert H416 HLBRT
Knuth K530 N0
Lukasiewicz L222 LKSWKS
Ellery E460 ELR
Ghosh G200 FX
Heilbronn H416 HLBRN
Kant K530 KNT
Ladd L300 LT
Lissajous L222 LSJS
Thompson 0MPSN 0M
knight NFT NF
Christ XRST XR
school SXL SX
science SNS SN
ghost FST FS
tough TF TF
laugh LF LF
gnome NM NM
aegis EJS EJ
wright RFT RF
which WX WX
xavier SFR SF
cia X X
judge JJ JJ
dumb TM TM
sign SN SN
signed SNT SN
Thumb 0M 0M
character XRKTR XR
Schwarz SXWRS SX
Michael MXL MX
photograph FTKRF FT
thing 0NK 0N
nation NXN NX
Sean SN SN
phone FN FN
wheat WT WT
yes YS YS
fly FL FL
box BKS BKS
wagon WKN WK
bigger BKR BK
acceptance AKSPTNS AK
ecce EKS EK
WHY W W
hugh HF HF
night NFT NF
eight EFT EF
knock NK NK
ABC ABK AB
metaphone(): Argument #2 ($max_phonemes) must be greater than or equal to 0
00 11 11 11 11 11 11 11 11 -1-1 -1-1 11 11 11 -1-1 00 11 11 11 11 11 11 11 -1-1 -1-1 11 11 11 -1-1 -1-1 00 -11 -11 -11 -11 11 11 -1-1 -1-1 11 11 11 -1-1 -1-1 1-1 00 11 11 11 11 11 -1-1 -1-1 11 11 11 -1-1 -1-1 1-1 -1-1 00 11 11 11 11 -1-1 -1-1 11 11 11 -1-1 -1-1 1-1 -1-1 -1-1 00 -1-1 11 11 -1-1 -1-1 11 11 11 -1-1 -1-1 1-1 -1-1 -1-1 11 00 11 11 -1-1 -1-1 11 11 11 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 00 11 -1-1 -1-1 11 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 00 -1-1 -1-1 11 -1-1 -1-1 11 11 11 11 11 11 11 11 11 00 -1-1 11 11 11 11 11 11 11 11 11 11 11 11 11 00 11 11 11 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 00 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 11 11 -1-1 -1-1 11 00 11 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 -1-1 11 11 -1-1 -1-1 11 -1-1 00 
