<?php
namespace Foo\Bar;
use Some\Cls, Other\Cls2 as Alias;
use function Some\fn1, Some\fn2 as f2;
use const Some\C1;
use Group\{A, B as BB, function g, const K};
use function Fns\{x, y};
\Fully\qualified();
namespace\relative();
Qualified\name::CONST;
new \A\B;
echo \strlen('x'), INI_ALL, \PHP_EOL;
