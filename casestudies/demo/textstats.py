"""textstats.py: the Python half of pyhyp's demo (casestudies/demo/report.php imports it).

Word statistics over a PHP array of lines: the array arrives as a live view (PHP sees what this
module writes into it), PHP objects are used through their methods, and bad input raises a
Python exception that PHP catches.
"""
import math


class Summary:
    def __init__(self, words, distinct, longest):
        self.words = words
        self.distinct = distinct
        self.longest = longest

    def entropy_bits(self, counts):
        total = sum(counts.values())
        return -sum(c / total * math.log2(c / total) for c in counts.values())


def count_words(lines, counts):
    """Counts the words of `lines` (a PHP list) into `counts` (a PHP array, updated in place)."""
    if len(lines) == 0:
        raise ValueError("no lines to analyse")
    longest = ""
    for line in lines.as_list():
        for word in line.lower().split():
            word = word.strip(".,;:!?")
            if word:
                counts[word] = counts.get(word, 0) + 1
                if len(word) > len(longest):
                    longest = word
    return Summary(sum(counts.values()), len(counts), longest)


def top(counts, n, fmt):
    """The n most frequent words, formatted by `fmt`, a PHP object with a method format()."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [fmt.format(word, count) for word, count in ranked[:n]]
