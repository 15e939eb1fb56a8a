# Text helpers that import another module of ours (modules.stats), for tests/cross.
from modules import stats

def word_lengths(text):
    return [len(w) for w in text.split()]

def length_report(text):
    lens = word_lengths(text)
    return "words=%d mean=%.2f median=%s" % (len(lens), stats.mean(lens), stats.median(lens))
