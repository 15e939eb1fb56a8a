# dicts: count pseudo-random string keys in a dict, group them by count under integer keys, delete
# and re-add entries, and drive a list as a stack (hashing, insertion order, deletion, append and
# pop). SIZE = keys drawn; the result is the sizes and an order-sensitive checksum. Protocol:
# bench/README.md.
import sys
import time


def bench(n):
    seed = 12345
    counts = {}
    order = []
    stack = []
    popped = 0
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        key = "k" + str((seed >> 12) % 50000)
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
            order.append(key)
        if (seed >> 16) % 3 == 0 and len(stack) > 0:
            popped += stack.pop()
        else:
            stack.append(i)
    by_count = {}
    for key in order:
        c = counts[key]
        if c in by_count:
            by_count[c].append(key)
        else:
            by_count[c] = [key]
    removed = 0
    for key in order:
        if counts[key] % 2 == 0:
            del counts[key]
            removed += 1
    for key in order:
        if key not in counts:
            counts[key + "x"] = len(key)
    checksum = 0
    pos = 0
    for key, value in counts.items():
        pos += 1
        checksum = (checksum * 31 + value * pos + len(key)) % 1000000007
    for c, keys in by_count.items():
        checksum = (checksum * 7 + c * len(keys)) % 1000000007
    return "%d %d %d %d %d %d" % (len(counts), len(by_count), removed, len(stack),
                                  popped % 1000000007, checksum)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
