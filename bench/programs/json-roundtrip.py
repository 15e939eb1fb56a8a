# json-roundtrip: encode generated records (nested lists and dicts, strings needing escapes, ints and
# floats) to JSON text, decode the text back and walk the result (the encoder, the parser,
# container building). SIZE = records per document round; the result is lengths and a checksum.
# Protocol: bench/README.md.
import json
import sys
import time


def bench(n):
    seed = 7
    total = 0
    checksum = 0
    for _ in range(20):
        records = []
        for i in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            records.append({
                "id": i,
                "name": "user \"" + str(seed % 1000) + "\"\t\u00e9",
                "score": (seed % 10000) * 0.25,
                "tags": ["t" + str(seed % 7), "t" + str(seed % 11)],
                "active": seed % 2 == 0,
                "meta": {"parent": None, "depth": seed % 5},
            })
        text = json.dumps(records, separators=(",", ":"))
        total += len(text)
        back = json.loads(text)
        for r in back:
            checksum = (checksum * 31 + r["id"] + int(r["score"]) + r["meta"]["depth"]
                        + len(r["name"].encode()) + len(r["tags"])) % 1000000007
    return "%d %d" % (total, checksum)


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
