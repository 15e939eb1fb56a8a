# regex: parse generated log lines with a named-group pattern, rewrite them with a callback and
# with back-references, split on a character class and count word matches (the regex engine's
# compile cache, matching, group extraction and replacement). SIZE = log lines; the result is
# counts and an order-sensitive checksum. Protocol: bench/README.md.
import re
import sys
import time


def bench(n):
    seed = 42
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    checksum = 0
    errors = 0
    words = 0
    pieces = 0
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        line = "2024-%02d-%02d %s [user%d] request id=%d took %dms path=api.v%d.items" % (
            seed % 12 + 1, seed % 28 + 1, levels[seed % 4], seed % 97, seed % 100000,
            seed % 5000, seed % 3)
        m = re.search(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+) \[(?P<user>\w+)\] .*took "
                      r"(?P<ms>\d+)ms", line)
        if m:
            checksum = (checksum * 31 + int(m.group("ms")) + len(m.group("user"))) % 1000000007
            if m.group("level") == "ERROR":
                errors += 1
        out = re.sub(r"id=(\d+)", lambda g: "id=" + g.group(1)[::-1], line)
        out = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", out)
        pieces += len(re.split(r"[\s=.\[\]]+", out))
        words += len(re.findall(r"\b[a-z]+\b", out))
        checksum = (checksum * 7 + len(out)) % 1000000007
    return "%d %d %d %d" % (errors, words, pieces, checksum)


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
