--TEST--
lex: inline HTML around open and close tags, ?> eats exactly one newline
--FILE--
Header line
<?php echo "A"; ?>
after A
<?php echo "B" ?>

blank line above kept once
<?= "short echo", "\n" ?>
<?= 1 + 2 ?>
<?php if (true): ?>
  inside if
<?php endif; ?>
<?php for ($i = 0; $i < 2; $i++) { ?>
row <?= $i ?>

<?php } ?>
<?php echo "no newline eaten twice" ?>


end
<?php
echo "last";
--EXPECT--
Header line
Aafter A
B
blank line above kept once
short echo
3  inside if
row 0
row 1
no newline eaten twice

end
last
