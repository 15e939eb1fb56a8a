# Constructing a PHP exception object in Python and raising it: PHP code catches it by class.
php = php_global_ns()
run = compile_php_func("""
function run($f) {
    try {
        $f();
        return "no exception";
    } catch (InvalidArgumentException $e) {
        return "caught IAE: " . $e->getMessage() . " code " . $e->getCode();
    } catch (Exception $e) {
        return "caught " . get_class($e) . ": " . $e->getMessage();
    }
}
""")
def raise_iae():
    raise php.InvalidArgumentException("bad arg", 42)
def raise_rt():
    raise php.RuntimeException("runtime trouble")
print(run(raise_iae))
print(run(raise_rt))
print(run(lambda: None))
