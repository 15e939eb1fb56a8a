# A Python import script validating records with a small PHP validation library; PHP exceptions
# become per-record errors in Python.
Validator = compile_php_func("""
class ValidationError extends Exception {}
class Validator {
    private $rules = [];
    function rule($field, $check, $msg) { $this->rules[] = [$field, $check, $msg]; return $this; }
    function check($rec) {
        foreach ($this->rules as [$field, $check, $msg]) {
            if (!isset($rec[$field]) || !$check($rec[$field])) throw new ValidationError("$field: $msg");
        }
        return true;
    }
}
function make_validator() { return new Validator(); }
""")
v = Validator()
v.rule("name", lambda s: len(s) > 0, "required").rule("age", lambda a: 0 <= a < 150, "out of range")
records = [{"name": "ann", "age": 30}, {"name": "", "age": 5}, {"name": "bo", "age": 200}, {"age": 1}]
ok = 0
for i, rec in enumerate(records):
    try:
        v.check(rec)
        ok += 1
        print(i, "valid")
    except PHPException as e:
        print(i, "invalid:", e.message)
print(ok, "of", len(records), "valid")
