--TEST--
goto into a try or catch block that a finally guards is allowed, and leaving the block runs the finally
--FILE--
<?php
function f($n) {
    $log = [];
    if ($n > 1) goto inside;
    try {
        $log[] = "try start";
        inside:
        $log[] = "in try";
        if ($n == 3) throw new RuntimeException("boom");
    } catch (RuntimeException $e) {
        $log[] = "caught " . $e->getMessage();
        if ($n == 3) goto out;
    } finally {
        $log[] = "finally";
    }
    out:
    $log[] = "end";
    return implode(", ", $log);
}
echo f(1), "\n", f(2), "\n", f(3), "\n";
goto into_catch;
try {
    echo "skipped\n";
} catch (Exception $e) {
    into_catch:
    echo "in catch\n";
} finally {
    echo "finally\n";
}
--EXPECT--
try start, in try, finally, end
in try, finally, end
in try, caught boom, finally, end
in catch
finally
