--TEST--
lex: comments of every kind between tokens, nested-looking block comments, doc comments, # vs #[
--FILE--
<?php
$a = 1 /* inline */ + /* another */ 2; // trailing
echo $a, "\n";
# hash comment
echo /* in the middle of echo */ "x", "\n";
/* /* not nested */
echo "after pseudo-nested\n";
/**
 * Doc comment
 * @return int
 */
function documented() { return 42; }
echo documented(), "\n";
$b = [1, // element comment
      2, # another
      /* block */ 3];
echo count($b), "\n";
echo "// not a comment", " # not either", " /* nor this */", "\n";
$c = 5 // comment before semicolon
;
echo $c, "\n";
#[\Attribute] class AttrClass {}
echo class_exists('AttrClass') ? "attribute ok\n" : "";
echo 'end' /* last */;
echo "\n";
--EXPECT--
3
x
after pseudo-nested
42
3
// not a comment # not either /* nor this */
5
attribute ok
end
