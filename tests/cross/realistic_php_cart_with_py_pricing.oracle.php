<?php
class PyException extends Exception {}
class PricingError extends PyException {}
class pricing {
    const RATES = ["food" => 0.05, "books" => 0.0, "other" => 0.2];
    function line_total($item) {
        if ($item["qty"] <= 0) throw new PricingError("PricingError: bad quantity for " . $item["name"]);
        $rate = self::RATES[$item["kind"]] ?? self::RATES["other"];
        $net = $item["price"] * $item["qty"];
        return round($net * (1 + $rate), 2);
    }
    function discount($total, $code = null) { return $code === "TEN" ? round($total * 0.9, 2) : $total; }
}
$pricing = new pricing;
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
