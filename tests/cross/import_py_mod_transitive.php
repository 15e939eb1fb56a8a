<?php
// import_py_mod of our module that itself imports another of our modules.
$t = import_py_mod("modules.textutil");
echo $t->length_report("the quick brown fox jumps over the lazy dog"), "\n";
$lens = $t->word_lengths("a bb ccc");
echo count($lens), " ", $lens[2], "\n";
