# raytrace: render a SIZE x SIZE image of three spheres over a checkered plane, with one light,
# shadows, specular highlights and two levels of reflection (vector objects, polymorphic calls,
# float math). The result is a checksum of the 8-bit pixels. Protocol: bench/README.md.
import math
import sys
import time

EPSILON = 0.0001
MAX_DEPTH = 2


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def normalized(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        """Distance along the ray to the nearest hit in front of origin, or -1.0."""
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        disc = b * b - oc.dot(oc) + self.radius * self.radius
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, p):
        return p.sub(self.center).normalized()

    def color_at(self, p):
        return self.color


class Floor:
    """The plane y = height, checkered in two colors."""

    def __init__(self, height, reflect):
        self.height = height
        self.reflect = reflect
        self.dark = Vec(0.1, 0.1, 0.1)
        self.light = Vec(0.9, 0.9, 0.9)

    def intersect(self, origin, direction):
        if direction.y > -EPSILON:
            return -1.0
        t = (self.height - origin.y) / direction.y
        return t if t > EPSILON else -1.0

    def normal_at(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, p):
        if (int(math.floor(p.x)) + int(math.floor(p.z))) & 1:
            return self.dark
        return self.light


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 0.0, 3.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.5, 4.5), 1.5, Vec(0.2, 0.8, 0.3), 0.5),
            Sphere(Vec(1.8, -0.3, 2.2), 0.7, Vec(0.3, 0.4, 0.95), 0.2),
            Floor(-1.0, 0.25),
        ]
        self.light = Vec(-4.0, 6.0, -2.0)
        self.sky = Vec(0.55, 0.7, 0.95)

    def nearest(self, origin, direction):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if 0.0 < t < best_t:
                best = obj
                best_t = t
        return best, best_t

    def shadowed(self, p, to_light, distance):
        for obj in self.objects:
            t = obj.intersect(p, to_light)
            if 0.0 < t < distance:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            return self.sky.scale(0.5 + 0.5 * direction.y)
        p = origin.add(direction.scale(t))
        n = obj.normal_at(p)
        base = obj.color_at(p)
        light_vec = self.light.sub(p)
        distance = math.sqrt(light_vec.dot(light_vec))
        to_light = light_vec.scale(1.0 / distance)
        brightness = 0.1
        specular = 0.0
        diffuse = n.dot(to_light)
        if diffuse > 0.0 and not self.shadowed(p, to_light, distance):
            brightness = brightness + 0.9 * diffuse
            mirrored = to_light.sub(n.scale(2.0 * diffuse))
            s = mirrored.dot(direction)
            if s > 0.0:
                s = s * s
                s = s * s
                s = s * s
                specular = s * s
        color = base.scale(brightness).add(Vec(specular, specular, specular))
        if depth < MAX_DEPTH:
            bounce = direction.sub(n.scale(2.0 * direction.dot(n)))
            reflected = self.trace(p, bounce, depth + 1)
            color = color.scale(1.0 - obj.reflect).add(reflected.scale(obj.reflect))
        return color


def channel(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def bench(size):
    scene = Scene()
    eye = Vec(0.0, 0.5, -4.0)
    half = size * 0.5
    checksum = 0
    for py in range(size):
        for px in range(size):
            direction = Vec((px - half) / size, (half - py) / size, 1.0).normalized()
            c = scene.trace(eye, direction, 0)
            pixel = channel(c.x) * 65536 + channel(c.y) * 256 + channel(c.z)
            checksum = (checksum * 31 + pixel) % 1000000007
    return "%d" % checksum


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
