<?php
// report.php: pyhyp's demo. A PHP program that imports a Python module of ours (textstats.py)
// and a module of Python's standard library (math), passes arrays and objects both ways and
// catches a Python exception.  Run: pyhyp casestudies/demo/report.php

class Formatter {
    public function __construct(private string $mark) {}
    public function format(string $word, int $count): string {
        return sprintf("%-8s %s %d", $word, str_repeat($this->mark, $count), $count);
    }
}

$stats = import_py_mod("textstats");
$math = import_py_mod("math");

$lines = [
    "The quick brown fox jumps over the lazy dog.",
    "The dog sleeps; the fox runs!",
    "A fox, a dog, the end.",
];
$counts = [];
$summary = $stats->count_words($lines, $counts);   // Python fills the PHP array in place
printf("%d words, %d distinct, longest \"%s\"\n", $summary->words, $summary->distinct,
       $summary->longest);
printf("entropy %.3f bits (sqrt of words: %.3f)\n", $summary->entropy_bits($counts),
       $math->sqrt($summary->words));

foreach ($stats->top($counts, 3, new Formatter("*")) as $i => $row) {   // a Python list
    echo $i + 1, ". ", $row, "\n";
}
arsort($counts);
echo "PHP sees ", count($counts), " counted words, first: ", array_key_first($counts), "\n";

try {
    $stats->count_words([], $counts);
} catch (ValueError $e) {            // Python's ValueError, caught by its own name
    echo "caught ", get_class($e), ": ", $e->getMessage(), "\n";
}
