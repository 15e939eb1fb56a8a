--TEST--
lex: <?php needs whitespace after it, uppercase <?PHP works, a file ending in PHP mode without ?> is fine
--FILE--
<?PHP echo "upper open tag\n"; ?>
text<?php
echo "newline after open tag\n";?>
<?php	echo "tab after open tag\n" ?>
<?= "short echo with expression: " . (1 + 1) ?>

<?php echo "no close tag at the end\n";
--EXPECT--
upper open tag
textnewline after open tag
tab after open tag
short echo with expression: 2
no close tag at the end
