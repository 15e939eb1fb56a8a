<?php
// PHP reads CSV-like text; Python parses rows into dicts and aggregates; PHP formats the result.
$csv = "city,year,visitors\nOslo,2022,120\nLima,2022,300\nOslo,2023,150\nLima,2023,280\nKyiv,2023,90\n";
$py = compile_py_mod("agg", <<<'PY'
def parse(text):
    lines = [l for l in text.split("\n") if l]
    head = lines[0].split(",")
    return [dict(zip(head, l.split(","))) for l in lines[1:]]
def by(rows, key, value):
    out = {}
    for r in rows:
        out[r[key]] = out.get(r[key], 0) + int(r[value])
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))
PY);
$rows = $py->parse($csv);
echo count($rows), " rows, first city ", $rows[0]["city"], "\n";
foreach ($py->by($rows, "city", "visitors") as $city => $n) {
    echo str_pad($city, 6), str_pad($n, 5, " ", STR_PAD_LEFT), "\n";
}
foreach ($py->by($rows, "year", "visitors") as $year => $n) echo "$year: $n\n";
