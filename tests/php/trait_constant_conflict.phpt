--TEST--
Traits may share a constant with the class or each other only when visibility, finality and value agree
--FILE--
<?php
trait Units { public const SCALE = 1000; final public const BASE = "m"; }
trait Metric { public const SCALE = 1000; }
class Length { use Units, Metric; public const SCALE = 1000; }
echo Length::SCALE, Length::BASE, "\n";
trait Imperial { public const SCALE = 12; }
echo "before\n";
class Broken { use Units, Imperial; }
echo "never printed\n";
--EXPECTF--
1000m
before

Fatal error: Units and Imperial define the same constant (SCALE) in the composition of Broken. However, the definition differs and is considered incompatible. Class was composed in %s on line 8
[exit 255: ]
