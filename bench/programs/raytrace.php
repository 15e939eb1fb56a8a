<?php
// raytrace: render a SIZE x SIZE image of three spheres over a checkered plane, with one light,
// shadows, specular highlights and two levels of reflection (vector objects, polymorphic calls,
// float math). The result is a checksum of the 8-bit pixels. Protocol: bench/README.md.

const EPSILON = 0.0001;
const MAX_DEPTH = 2;

class Vec
{
    public $x;
    public $y;
    public $z;

    public function __construct($x, $y, $z)
    {
        $this->x = $x;
        $this->y = $y;
        $this->z = $z;
    }

    public function add($o)
    {
        return new Vec($this->x + $o->x, $this->y + $o->y, $this->z + $o->z);
    }

    public function sub($o)
    {
        return new Vec($this->x - $o->x, $this->y - $o->y, $this->z - $o->z);
    }

    public function scale($k)
    {
        return new Vec($this->x * $k, $this->y * $k, $this->z * $k);
    }

    public function dot($o)
    {
        return $this->x * $o->x + $this->y * $o->y + $this->z * $o->z;
    }

    public function normalized()
    {
        return $this->scale(1.0 / sqrt($this->dot($this)));
    }
}

class Sphere
{
    public $center;
    public $radius;
    public $color;
    public $reflect;

    public function __construct($center, $radius, $color, $reflect)
    {
        $this->center = $center;
        $this->radius = $radius;
        $this->color = $color;
        $this->reflect = $reflect;
    }

    /** Distance along the ray to the nearest hit in front of $origin, or -1.0. */
    public function intersect($origin, $direction)
    {
        $oc = $origin->sub($this->center);
        $b = $oc->dot($direction);
        $disc = $b * $b - $oc->dot($oc) + $this->radius * $this->radius;
        if ($disc < 0.0) {
            return -1.0;
        }
        $root = sqrt($disc);
        $t = -$b - $root;
        if ($t > EPSILON) {
            return $t;
        }
        $t = -$b + $root;
        if ($t > EPSILON) {
            return $t;
        }
        return -1.0;
    }

    public function normal_at($p)
    {
        return $p->sub($this->center)->normalized();
    }

    public function color_at($p)
    {
        return $this->color;
    }
}

/** The plane y = height, checkered in two colors. */
class Floor
{
    public $height;
    public $reflect;
    public $dark;
    public $light;

    public function __construct($height, $reflect)
    {
        $this->height = $height;
        $this->reflect = $reflect;
        $this->dark = new Vec(0.1, 0.1, 0.1);
        $this->light = new Vec(0.9, 0.9, 0.9);
    }

    public function intersect($origin, $direction)
    {
        if ($direction->y > -EPSILON) {
            return -1.0;
        }
        $t = ($this->height - $origin->y) / $direction->y;
        return $t > EPSILON ? $t : -1.0;
    }

    public function normal_at($p)
    {
        return new Vec(0.0, 1.0, 0.0);
    }

    public function color_at($p)
    {
        if (((int)floor($p->x) + (int)floor($p->z)) & 1) {
            return $this->dark;
        }
        return $this->light;
    }
}

class Scene
{
    public $objects;
    public $light;
    public $sky;

    public function __construct()
    {
        $this->objects = [
            new Sphere(new Vec(0.0, 0.0, 3.0), 1.0, new Vec(0.9, 0.2, 0.2), 0.3),
            new Sphere(new Vec(-2.0, 0.5, 4.5), 1.5, new Vec(0.2, 0.8, 0.3), 0.5),
            new Sphere(new Vec(1.8, -0.3, 2.2), 0.7, new Vec(0.3, 0.4, 0.95), 0.2),
            new Floor(-1.0, 0.25),
        ];
        $this->light = new Vec(-4.0, 6.0, -2.0);
        $this->sky = new Vec(0.55, 0.7, 0.95);
    }

    public function nearest($origin, $direction)
    {
        $best = null;
        $best_t = 1e30;
        foreach ($this->objects as $obj) {
            $t = $obj->intersect($origin, $direction);
            if ($t > 0.0 && $t < $best_t) {
                $best = $obj;
                $best_t = $t;
            }
        }
        return [$best, $best_t];
    }

    public function shadowed($p, $to_light, $distance)
    {
        foreach ($this->objects as $obj) {
            $t = $obj->intersect($p, $to_light);
            if ($t > 0.0 && $t < $distance) {
                return true;
            }
        }
        return false;
    }

    public function trace($origin, $direction, $depth)
    {
        [$obj, $t] = $this->nearest($origin, $direction);
        if ($obj === null) {
            return $this->sky->scale(0.5 + 0.5 * $direction->y);
        }
        $p = $origin->add($direction->scale($t));
        $n = $obj->normal_at($p);
        $base = $obj->color_at($p);
        $light_vec = $this->light->sub($p);
        $distance = sqrt($light_vec->dot($light_vec));
        $to_light = $light_vec->scale(1.0 / $distance);
        $brightness = 0.1;
        $specular = 0.0;
        $diffuse = $n->dot($to_light);
        if ($diffuse > 0.0 && !$this->shadowed($p, $to_light, $distance)) {
            $brightness = $brightness + 0.9 * $diffuse;
            $mirrored = $to_light->sub($n->scale(2.0 * $diffuse));
            $s = $mirrored->dot($direction);
            if ($s > 0.0) {
                $s = $s * $s;
                $s = $s * $s;
                $s = $s * $s;
                $specular = $s * $s;
            }
        }
        $color = $base->scale($brightness)->add(new Vec($specular, $specular, $specular));
        if ($depth < MAX_DEPTH) {
            $bounce = $direction->sub($n->scale(2.0 * $direction->dot($n)));
            $reflected = $this->trace($p, $bounce, $depth + 1);
            $color = $color->scale(1.0 - $obj->reflect)->add($reflected->scale($obj->reflect));
        }
        return $color;
    }
}

function channel($c)
{
    if ($c <= 0.0) {
        return 0;
    }
    if ($c >= 1.0) {
        return 255;
    }
    return (int)($c * 255.0);
}

function bench(int $size): string
{
    $scene = new Scene();
    $eye = new Vec(0.0, 0.5, -4.0);
    $half = $size * 0.5;
    $checksum = 0;
    for ($py = 0; $py < $size; $py++) {
        for ($px = 0; $px < $size; $px++) {
            $direction = (new Vec(($px - $half) / $size, ($half - $py) / $size, 1.0))->normalized();
            $c = $scene->trace($eye, $direction, 0);
            $pixel = channel($c->x) * 65536 + channel($c->y) * 256 + channel($c->z);
            $checksum = ($checksum * 31 + $pixel) % 1000000007;
        }
    }
    return sprintf("%d", $checksum);
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 50);
    $result = "";
    for ($i = 0; $i < $iterations; $i++) {
        $t0 = hrtime(true);
        $result = bench($size);
        $t1 = hrtime(true);
        echo "@ns ", $t1 - $t0, "\n";
    }
    echo $result, "\n";
}

main($argv);
