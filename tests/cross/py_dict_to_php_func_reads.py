# Python dicts, lists and tuples passed to PHP functions: indexing, isset, foreach, count.
describe = compile_php_func("""
function describe($rec) {
    $out = $rec['name'] . ' has ' . count($rec['langs']) . ' languages:';
    foreach ($rec['langs'] as $i => $l) $out .= " $i=$l";
    $out .= isset($rec['email']) ? ' (email)' : ' (no email)';
    $out .= ' first=' . $rec['langs'][0];
    return $out;
}
""")
print(describe({"name": "ada", "langs": ["php", "python"]}))
print(describe({"name": "bob", "langs": ("c",), "email": "b@x"}))
