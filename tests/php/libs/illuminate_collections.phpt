--TEST--
illuminate/collections (Debian's php-illuminate-collections): sorting, grouping, higher-order proxies, lazy collections and Arr helpers
--SKIPIF--
<?php if (!is_file('/usr/share/php/Illuminate/Collections/autoload.php')) die('skip the Debian package is not installed'); ?>
--FILE--
<?php
require '/usr/share/php/Illuminate/Collections/autoload.php';
use Illuminate\Support\Collection; use Illuminate\Support\LazyCollection; use Illuminate\Support\Arr;
$c = collect([['name' => 'ann', 'age' => 31, 'team' => 'a'], ['name' => 'bob', 'age' => 25, 'team' => 'b'], ['name' => 'cy', 'age' => 40, 'team' => 'a']]);
echo $c->sortBy('age')->pluck('name')->implode(','), "\n";
print_r($c->groupBy('team')->map(fn($g) => $g->sum('age'))->all());
print_r($c->keyBy('name')->map->age->all());
echo $c->avg('age'), " ", $c->max('age'), " ", $c->where('age', '>', 30)->count(), "\n";
print_r(collect(range(1, 10))->chunk(3)->map->sum()->toArray());
print_r(LazyCollection::times(1000)->filter(fn($x) => $x % 7 == 0)->map(fn($x) => $x * $x)->take(5)->all());
print_r(Arr::dot(['a' => ['b' => ['c' => 1], 'd' => 2]]));
print_r(Arr::undot(['x.y' => 1, 'x.z' => 2]));
echo json_encode($c->mapWithKeys(fn($p) => [$p['name'] => strtoupper($p['team'])])), "\n";
print_r(collect([3, 1, 2])->sortDesc()->values()->all());
echo collect(['a', 'b'])->crossJoin([1, 2])->map(fn($p) => implode('', $p))->join(', ', ' and '), "\n";
print_r($c->partition(fn($p) => $p['age'] > 30)->map->pluck('name')->toArray());
echo $c->reduce(fn($carry, $p) => $carry + $p['age'], 0), " ", $c->pipe(fn($x) => $x->count()), "\n";
print_r(collect(['x' => 1, 'y' => 2])->flip()->merge(['z' => 3])->toArray());
print_r(collect([1,2,3,4])->sliding(2)->map->all()->toArray());
--EXPECT--
bob,ann,cy
Array
(
    [a] => 71
    [b] => 25
)
Array
(
    [ann] => 31
    [bob] => 25
    [cy] => 40
)
32 40 2
Array
(
    [0] => 6
    [1] => 15
    [2] => 24
    [3] => 10
)
Array
(
    [6] => 49
    [13] => 196
    [20] => 441
    [27] => 784
    [34] => 1225
)
Array
(
    [a.b.c] => 1
    [a.d] => 2
)
Array
(
    [x] => Array
        (
            [y] => 1
            [z] => 2
        )

)
{"ann":"A","bob":"B","cy":"A"}
Array
(
    [0] => 3
    [1] => 2
    [2] => 1
)
a1, a2, b1 and b2
Array
(
    [0] => Array
        (
            [0] => ann
            [1] => cy
        )

    [1] => Array
        (
            [0] => bob
        )

)
96 3
Array
(
    [0] => x
    [1] => y
    [z] => 3
)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [1] => 2
            [2] => 3
        )

    [2] => Array
        (
            [2] => 3
            [3] => 4
        )

)
