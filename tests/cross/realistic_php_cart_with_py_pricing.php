<?php
// A PHP shopping cart whose pricing rules are written in Python; invalid input raises in Python
// and is handled in PHP.
$pricing = compile_py_mod("pricing", <<<'PY'
RATES = {"food": 0.05, "books": 0.0, "other": 0.2}
class PricingError(Exception):
    pass
def line_total(item):
    if item["qty"] <= 0:
        raise PricingError("bad quantity for " + item["name"])
    rate = RATES.get(item["kind"], RATES["other"])
    net = item["price"] * item["qty"]
    return round(net * (1 + rate), 2)
def discount(total, code=None):
    if code == "TEN":
        return round(total * 0.9, 2)
    return total
PY);
class Cart {
    private $items = [];
    function add($name, $kind, $price, $qty) { $this->items[] = ["name" => $name, "kind" => $kind, "price" => $price, "qty" => $qty]; return $this; }
    function total($pricing, $code = null) {
        $sum = 0;
        foreach ($this->items as $item) {
            try {
                $t = $pricing->line_total($item);
                printf("%-8s %8.2f\n", $item["name"], $t);
                $sum += $t;
            } catch (PyException $e) {
                echo "skipped: ", $e->getMessage(), "\n";
            }
        }
        return $pricing->discount($sum, $code);
    }
}
$cart = (new Cart)->add("bread", "food", 2.5, 2)->add("novel", "books", 12.0, 1)
                  ->add("lamp", "other", 30.0, 1)->add("ghost", "food", 1.0, 0);
printf("total    %8.2f\n", $cart->total($pricing));
printf("with TEN %8.2f\n", $cart->total($pricing, "TEN"));
