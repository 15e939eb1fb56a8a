<?php
// nbody: the Jovian planets orbiting the Sun, integrated with a fixed time step (float arithmetic
// on arrays). SIZE = time steps; the result is the system's energy before and after. Protocol:
// bench/README.md.

const SOLAR_MASS = 4 * M_PI * M_PI;
const DAYS_PER_YEAR = 365.24;

function make_bodies(): array
{
    // [x, y, z, vx, vy, vz, mass]: positions in AU, velocities in AU/day scaled to years.
    $planets = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902046611451e-05],
    ];
    for ($i = 1; $i < 5; $i++) {
        $planets[$i][3] = $planets[$i][3] * DAYS_PER_YEAR;
        $planets[$i][4] = $planets[$i][4] * DAYS_PER_YEAR;
        $planets[$i][5] = $planets[$i][5] * DAYS_PER_YEAR;
        $planets[$i][6] = $planets[$i][6] * SOLAR_MASS;
    }
    $planets[0][6] = SOLAR_MASS;
    return $planets;
}

function offset_momentum(array &$bodies): void
{
    $px = $py = $pz = 0.0;
    foreach ($bodies as $b) {
        $px += $b[3] * $b[6];
        $py += $b[4] * $b[6];
        $pz += $b[5] * $b[6];
    }
    $bodies[0][3] = -$px / SOLAR_MASS;
    $bodies[0][4] = -$py / SOLAR_MASS;
    $bodies[0][5] = -$pz / SOLAR_MASS;
}

function energy(array $bodies): float
{
    $e = 0.0;
    $n = count($bodies);
    for ($i = 0; $i < $n; $i++) {
        $b = $bodies[$i];
        $e += 0.5 * $b[6] * ($b[3] * $b[3] + $b[4] * $b[4] + $b[5] * $b[5]);
        for ($j = $i + 1; $j < $n; $j++) {
            $b2 = $bodies[$j];
            $dx = $b[0] - $b2[0];
            $dy = $b[1] - $b2[1];
            $dz = $b[2] - $b2[2];
            $e -= ($b[6] * $b2[6]) / ($dx * $dx + $dy * $dy + $dz * $dz) ** 0.5;
        }
    }
    return $e;
}

function advance(array &$bodies, float $dt, int $steps): void
{
    $n = count($bodies);
    for ($s = 0; $s < $steps; $s++) {
        for ($i = 0; $i < $n; $i++) {
            $b = &$bodies[$i];
            for ($j = $i + 1; $j < $n; $j++) {
                $b2 = &$bodies[$j];
                $dx = $b[0] - $b2[0];
                $dy = $b[1] - $b2[1];
                $dz = $b[2] - $b2[2];
                $d2 = $dx * $dx + $dy * $dy + $dz * $dz;
                $mag = $dt / ($d2 * $d2 ** 0.5);
                $m1 = $b[6] * $mag;
                $m2 = $b2[6] * $mag;
                $b[3] -= $dx * $m2;
                $b[4] -= $dy * $m2;
                $b[5] -= $dz * $m2;
                $b2[3] += $dx * $m1;
                $b2[4] += $dy * $m1;
                $b2[5] += $dz * $m1;
                unset($b2);
            }
            unset($b);
        }
        foreach ($bodies as &$b) {
            $b[0] += $dt * $b[3];
            $b[1] += $dt * $b[4];
            $b[2] += $dt * $b[5];
        }
        unset($b);
    }
}

function bench(int $steps): string
{
    $bodies = make_bodies();
    offset_momentum($bodies);
    $before = energy($bodies);
    advance($bodies, 0.01, $steps);
    return sprintf("%.9f %.9f", $before, energy($bodies));
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 1000);
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
