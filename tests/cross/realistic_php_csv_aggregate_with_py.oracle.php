<?php
$csv = "city,year,visitors\nOslo,2022,120\nLima,2022,300\nOslo,2023,150\nLima,2023,280\nKyiv,2023,90\n";
function parse($text) {
    $lines = array_values(array_filter(explode("\n", $text), fn($l) => $l !== ""));
    $head = explode(",", $lines[0]);
    $rows = [];
    foreach (array_slice($lines, 1) as $l) $rows[] = array_combine($head, explode(",", $l));
    return $rows;
}
function by($rows, $key, $value) {
    $out = [];
    foreach ($rows as $r) $out[$r[$key]] = ($out[$r[$key]] ?? 0) + (int)$r[$value];
    uasort($out, fn($a, $b) => $b <=> $a);
    return $out;
}
$rows = parse($csv);
echo count($rows), " rows, first city ", $rows[0]["city"], "\n";
foreach (by($rows, "city", "visitors") as $city => $n) {
    echo str_pad($city, 6), str_pad($n, 5, " ", STR_PAD_LEFT), "\n";
}
foreach (by($rows, "year", "visitors") as $year => $n) echo "$year: $n\n";
