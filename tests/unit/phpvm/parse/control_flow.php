<?php
if ($a) { x(); } elseif ($b) { y(); } else if ($c) z(); else { w(); }
if ($a): x(); elseif ($b): y(); else: z(); endif;
while ($i < 10) { $i++; if ($i) break; else continue 2; }
while ($x): endwhile;
do { --$i; } while ($i > 0);
for ($i = 0, $j = 1; $i < 10; $i++, $j--) {}
for (;;): break; endfor;
foreach ($arr as $v) {} foreach ($arr as $k => &$v) {} foreach ($arr as [$a, [$b]]) {} foreach ($arr as list('x' => $x)): endforeach;
switch ($x) { case 1: case 2; echo 1; break; default: echo 2; }
switch ($x): ; case 1: endswitch;
declare(strict_types=1);
declare(ticks=1) { tick(); }
declare(ticks=1): enddeclare;
goto end;
end:
try { a(); } catch (A|B $e) { } catch (\C) { } finally { f(); }
try {} finally {}
return;
