# An inventory system: dataclasses (ordering, defaults, __post_init__, frozen), enums with methods,
# collections (Counter, defaultdict, namedtuple), itertools.groupby, sorting by several keys,
# json round trips with custom encoders, and a text report with aligned columns.
import itertools
import json
from collections import Counter, defaultdict, namedtuple
from dataclasses import asdict, dataclass, field, replace
from enum import Enum, auto


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

    @property
    def taxed(self):
        return self is not Category.FOOD


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: Category
    cents: int
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.cents < 0:
            raise ValueError(f"{self.name}: negative price")
        self.sort_key = (self.category.value, -self.cents, self.name)

    @property
    def value(self):
        return self.cents * self.qty


@dataclass(frozen=True)
class Sale:
    item: str
    qty: int


Line = namedtuple("Line", "name qty total")

stock = [Item("hammer", Category.TOOL, 1599, 4, ["steel"]), Item("apple", Category.FOOD, 45, 120),
         Item("yo-yo", Category.TOY, 299, 10, ["kids", "wood"]), Item("saw", Category.TOOL, 2450, 2),
         Item("bread", Category.FOOD, 320, 8), Item("kite", Category.TOY, 1250, 3, ["kids"])]
by_name = {i.name: i for i in stock}
sales = [Sale("apple", 30), Sale("kite", 1), Sale("hammer", 1), Sale("apple", 25), Sale("saw", 3),
         Sale("yo-yo", 4), Sale("bread", 8), Sale("ghost", 1)]
lines, errors = [], []
for s in sales:
    item = by_name.get(s.item)
    if item is None:
        errors.append(f"unknown item {s.item!r}")
    elif item.qty < s.qty:
        errors.append(f"only {item.qty} {item.name} left, {s.qty} wanted")
    else:
        item.qty -= s.qty
        tax = item.cents * s.qty * 8 // 100 if item.category.taxed else 0
        lines.append(Line(item.name, s.qty, item.cents * s.qty + tax))
print(errors)
for ln in lines:
    print(f"{ln.name:<8}{ln.qty:>4}{ln.total / 100:>10.2f}")
print(f"{'total':<12}{sum(l.total for l in lines) / 100:>10.2f}")
units = Counter()
for ln in lines:
    units[ln.name] += ln.qty
print(units.most_common(2), sum(units.values()))
for cat, items in itertools.groupby(sorted(stock), key=lambda i: i.category):
    items = list(items)
    print(cat.name, [(i.name, i.qty, i.value) for i in items], sum(i.value for i in items))
tags = defaultdict(set)
for i in stock:
    for t in i.tags:
        tags[t].add(i.name)
print({t: sorted(n) for t, n in sorted(tags.items())})
print(sorted(stock, key=lambda i: (-i.value, i.name))[0].name, max(stock).name, min(stock).name)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Category):
            return o.name
        return super().default(o)


text = json.dumps([asdict(i) for i in stock[:2]], cls=Encoder, sort_keys=True)
print(text)
back = [Item(d["name"], Category[d["category"]], d["cents"], d["qty"], d["tags"]) for d in json.loads(text)]
print(back[0] == stock[0], back[0] is stock[0], replace(back[1], qty=0))
try:
    json.dumps({"when": Sale("x", 1)}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    Sale("x", 1).qty = 2
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    Item("bad", Category.TOY, -1)
except ValueError as e:
    print("ValueError:", e)
