--TEST--
Attributes of trait members reach the using class (unless it redeclares them); a closure's attribute arguments see its bound scope
--FILE--
<?php
trait Audited {
    /** who changed it */
    #[Meta("audit")] public $changedBy;
    #[Meta("k")] public const KIND = 1;
}
class Order { use Audited; }
class Invoice { use Audited; public $changedBy; }
foreach ([Order::class, Invoice::class] as $cls) {
    $p = new ReflectionProperty($cls, 'changedBy');
    echo $cls, ": ", count($p->getAttributes()), " ", var_export($p->getDocComment(), true), "\n";
}
class Shop {
    private const NAME = 'shop';
    public static function handler() {
        return #[Meta(self::NAME, self::class)] function () {};
    }
}
class Other { private const NAME = 'other'; }
$h = Shop::handler();
echo implode(",", (new ReflectionFunction($h))->getAttributes()[0]->getArguments()), "\n";
echo implode(",", (new ReflectionFunction($h->bindTo(null, Other::class)))->getAttributes()[0]->getArguments()), "\n";
--EXPECT--
Order: 1 '/** who changed it */'
Invoice: 0 false
shop,Shop
other,Other
