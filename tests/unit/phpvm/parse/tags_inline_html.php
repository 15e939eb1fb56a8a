<html>
<?php echo "a"; ?>
<p><?= $x, 1 ?></p>
<? echo 2 ?>
tail <?php
echo 3;
