<?php
enum Suit {
    case Hearts;
    case Spades;
    public function color(): string { return match($this) { Suit::Hearts => 'Red', Suit::Spades => 'Black' }; }
    const Wild = self::Spades;
}
enum Status: int implements HasLabel {
    case Active = 1;
    case Inactive = 2;
    public static function fromLabel(string $l): self { return self::Active; }
}
enum extends {}
$enum = 1; enum(); Foo::enum;
