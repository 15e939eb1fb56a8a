--TEST--
exceptions: an exception thrown in finally gets the pending one as previous; return in finally discards it; nested cases
--FILE--
<?php
function chain($e) { $s = []; for (; $e; $e = $e->getPrevious()) $s[] = get_class($e) . ':' . $e->getMessage(); return implode(' <- ', $s); }
function f() { try { throw new Exception("a"); } finally { throw new Exception("b"); } }
try { f(); } catch (Exception $e) { echo chain($e), "\n"; }
function g() { try { return 1; } finally { return 2; } }
var_dump(g());
function h() { try { throw new Exception("x"); } finally { return 3; } }
var_dump(h());
function m() { try { try { throw new Exception("A"); } finally { throw new Exception("B"); } } finally { throw new Exception("C"); } }
try { m(); } catch (Exception $e) { echo chain($e), "\n"; }
function n() { try { throw new LogicException("L", 0, new RuntimeException("R")); } finally { throw new Error("E", 0, new Exception("P")); } }
try { n(); } catch (Error $e) { echo chain($e), "\n"; }
function caught() { try { throw new Exception("one"); } catch (Exception $e) { throw new Exception("two"); } finally { throw new Exception("three"); } }
try { caught(); } catch (Exception $e) { echo chain($e), "\n"; }
function inner() { try { throw new Exception("kept"); } finally { try { throw new Exception("inside"); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; } } }
try { inner(); } catch (Exception $e) { echo chain($e), "\n"; }
function rethrowSame() { try { throw new Exception("same"); } catch (Exception $e) { throw $e; } finally { echo "finally\n"; } }
try { rethrowSame(); } catch (Exception $e) { echo chain($e), "\n"; }
function loop() { foreach ([1, 2] as $i) { try { try { throw new Exception("in$i"); } finally { echo "f1 $i\n"; } } catch (Exception $e) { echo "c ", $e->getMessage(), "\n"; } finally { echo "f2 $i\n"; } } return 9; }
var_dump(loop());
function gen() { try { yield 1; throw new Exception("g1"); } finally { throw new Exception("g2"); } }
try { foreach (gen() as $v) echo "v$v\n"; } catch (Exception $e) { echo chain($e), "\n"; }
function deep() { try { throw new Exception("d1"); } finally { try { throw new Exception("d2"); } finally { throw new Exception("d3"); } } }
try { deep(); } catch (Exception $e) { echo chain($e), "\n"; }
function uncaught() { try { throw new Exception("first"); } finally { throw new Exception("second"); } }
uncaught();
--EXPECTF--
Exception:b <- Exception:a
int(2)
int(3)
Exception:C <- Exception:B <- Exception:A
Error:E <- Exception:P <- LogicException:L <- RuntimeException:R
Exception:three <- Exception:two
caught inside
Exception:kept
finally
Exception:same
f1 1
c in1
f2 1
f1 2
c in2
f2 2
int(9)
v1
Exception:g2 <- Exception:g1
Exception:d3 <- Exception:d2 <- Exception:d1

Fatal error: Uncaught Exception: first in %s:25
Stack trace:
#0 %s(26): uncaught()
#1 {main}

Next Exception: second in %s:25
Stack trace:
#0 %s(26): uncaught()
#1 {main}
  thrown in %s on line 25
[exit 255: ]
