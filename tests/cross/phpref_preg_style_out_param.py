# A PHP function with an out-parameter (like preg_match's $matches) filled for Python through PHPRef.
parse = compile_php_func("""
function parse_kv($s, &$out) {
    $out = [];
    foreach (explode(";", $s) as $pair) {
        if ($pair === "") continue;
        [$k, $v] = explode("=", $pair);
        $out[trim($k)] = trim($v);
    }
    return count($out);
}
""")
out = PHPRef(None)
n = parse("a = 1; b=two ;c=3", out)
print(n)
for k, v in out.deref().items():
    print(k, "->", v)
