<?php
class Money {
    function __construct(public $cents) {}
    function __toString(): string { return sprintf("$%d.%02d", intdiv($this->cents, 100), $this->cents % 100); }
}
$price = new Money(1999);
echo $price, "\n";
echo "Price: {$price} (incl. tax)\n";
echo "Total: " . new Money(5) . "\n";
echo strlen($price), " ", strtoupper("x" . $price), "\n";
