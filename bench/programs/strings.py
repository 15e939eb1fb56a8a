# strings: build pseudo-random words character by character, then join, upper-case, replace, split,
# reverse, search, count, slice, strip and scan the text (string building and the common string
# operations). SIZE = words; the result is lengths, counts and a hash. Protocol: bench/README.md.
import sys
import time


def bench(n):
    seed = 7
    words = []
    for _ in range(n):
        length = 3 + (seed >> 16) % 8
        word = ""
        for _ in range(length):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word += chr(97 + (seed >> 16) % 26)
        words.append(word)
    text = " ".join(words)
    upper = text.upper()
    replaced = text.replace("ab", "[AB]")
    kept = 0
    initials = 0
    for part in replaced.split(" "):
        backwards = part[::-1]
        if backwards.find("e") >= 0:
            kept += 1
        initials += ord(backwards[0])
    pairs = text.count("th")
    h = 0
    for c in upper:
        h = (h * 131 + ord(c)) % 1000000007
    pieces = []
    for i in range(0, len(text) - 10, 97):
        pieces.append(text[i:i + 10].strip() + str(i))
    joined = ",".join(pieces)
    return "%d %d %d %d %d %d %d %s" % (len(text), len(replaced), kept, initials, pairs, h,
                                        len(joined), joined[-20:])


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
