# A Python event bus with handlers written in PHP (closures and static methods), and Python ones.
handlers = compile_php_func("""
class Audit { public static $log = []; static function record($ev, $data) { self::$log[] = "$ev:" . count($data); return "audited"; } }
function handlers() {
    return [
        "signup" => function ($data) { return "welcome " . $data["user"]; },
        "audit"  => "Audit::record",
    ];
}
""")()
php = php_global_ns()
bus = {}
def on(ev, fn):
    bus.setdefault(ev, []).append(fn)
on("signup", handlers["signup"])
on("signup", lambda data: "py saw " + data["user"])
on("signup", lambda data: php.Audit.record("signup", data))
for ev, data in [("signup", {"user": "kim"}), ("signup", {"user": "lee", "ref": "ad"}), ("noop", {})]:
    for h in bus.get(ev, []):
        print(ev, "->", h(data))
print(list(php.Audit.log.values()))
