# A Python program rendering rows with a PHP templating function (sprintf/str_pad/number_format).
render = compile_php_func("""
function render($title, $rows) {
    $out = "== " . strtoupper($title) . " ==\n";
    foreach ($rows as $row) {
        $out .= str_pad($row[0], 10) . str_pad(number_format($row[1], 2), 10, " ", STR_PAD_LEFT) . "\n";
    }
    return $out;
}
""")
rows = [("apples", 1234.5), ("pears", 7), ("plums", 0.125)]
print(render("fruit", rows), end="")
totals = [("total", sum(r[1] for r in rows))]
print(render("sum", totals), end="")
