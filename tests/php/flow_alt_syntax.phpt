--TEST--
flow: alternative syntax for if/elseif/else, foreach, for, while, switch mixed with inline HTML
--FILE--
<?php $items = ['x' => 1, 'y' => 2]; $n = 2; ?>
<?php if ($n == 1): ?>
one
<?php elseif ($n == 2): ?>
two
<?php else: ?>
other
<?php endif; ?>
<?php foreach ($items as $k => $v): ?>
- <?= $k ?>=<?= $v ?>

<?php endforeach; ?>
<?php for ($i = 0; $i < 2; $i++): ?>for <?= $i ?>
<?php endfor; ?>
<?php while ($n-- > 0): ?>while <?= $n ?>
<?php endwhile ?>
<?php
if (true):
    echo "nested ";
    if (false):
        echo "no";
    else:
        echo "else\n";
    endif;
endif;
declare(ticks=1):
    echo "declare block\n";
enddeclare;
--EXPECT--
two
- x=1
- y=2
for 0for 1while 1while 0nested else
declare block
