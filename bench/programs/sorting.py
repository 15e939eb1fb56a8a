# sorting: sort ints, strings and records (a key function, a stable sort with many ties, a reverse
# sort) and a dict's items by value, then fold the orders into a checksum (the sort routines,
# comparisons, key calls). SIZE = elements per round. Protocol: bench/README.md.
import sys
import time


def bench(n):
    seed = 11
    checksum = 0
    for _ in range(5):
        ints, words, records, counts = [], [], [], {}
        for i in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            ints.append(seed % 1000003 - 500000)
            words.append("w%06d" % (seed % 999983))
            records.append((i, seed % 97, "n%d" % (seed % 89)))
            key = "k%d" % (seed % 4099)
            counts[key] = counts.get(key, 0) + 1
        ints.sort()
        words.sort(reverse=True)
        by_group = sorted(records, key=lambda r: r[1])
        by_name = sorted(records, key=lambda r: (r[2], -r[0]))
        by_count = sorted(counts.items(), key=lambda kv: kv[1])
        for j in range(0, n, 7):
            checksum = (checksum * 31 + ints[j] + 500000 + len(words[j]) + by_group[j][0]
                        + by_name[j][0]) % 1000000007
        for k, v in by_count[:50]:
            checksum = (checksum * 7 + v + len(k)) % 1000000007
        checksum = (checksum + ord(words[0][-1]) + ord(words[-1][-1])) % 1000000007
    return "%d %d" % (checksum, ints[n // 2])


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
