# compile_php_func with a source that does not define exactly one function: BridgeError.
for src in ["$x = 1;", "function a1() {} function b1() {}", "function only1() { return 'ok'; }"]:
    try:
        f = compile_php_func(src)
        print("compiled:", f())
    except BridgeError:
        print("BridgeError")
