<?php if ($a): ?>
  <b>yes</b>
<?php elseif ($b): ?>
  maybe
<?php else: ?>
  no
<?php endif ?>
<?php foreach ($xs as $x): ?><?= $x ?>
<?php endforeach; ?>
