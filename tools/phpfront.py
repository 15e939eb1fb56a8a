"""phpfront.py: what the phpvm front-end checkers share (tools/check-phplex, tools/check-phpparse,
tools/record-phpparse): finding PHP sources in a directory (.php files and the --FILE-- sections of
.phpt files), running phpvm's dump programs and PHP's oracles on them, and comparing the results.

The oracles are PHP 8.2 itself: PhpToken::tokenize() for tokens (tools/phplex-oracle), nikic's
php-ast extension for trees (tools/phpast-oracle), `php -l` for validity and error messages.
"""

import concurrent.futures
import os
import re
import subprocess
import tempfile

PHP = os.environ.get("PHP", "php")
HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 20

SECTION = re.compile(rb"^--([A-Z_]+)--[ \t]*\r?$", re.M)


def phpt_file_section(data):
    """The bytes of a .phpt's --FILE-- section, or None."""
    marks = list(SECTION.finditer(data))
    for i, m in enumerate(marks):
        if m.group(1) == b"FILE":
            start = m.end() + 1
            end = marks[i + 1].start() if i + 1 < len(marks) else len(data)
            return data[start:end]
    return None


def sources(directory):
    """(name, bytes) for every .php file and .phpt FILE section under directory, sorted."""
    found = []
    for root, _dirs, files in os.walk(directory):
        for f in files:
            path = os.path.join(root, f)
            if f.endswith(".php"):
                with open(path, "rb") as fh:
                    found.append((path, fh.read()))
            elif f.endswith(".phpt"):
                with open(path, "rb") as fh:
                    code = phpt_file_section(fh.read())
                if code is not None:
                    found.append((path, code))
    found.sort()
    return found


def run(argv):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=TIMEOUT)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "TIMEOUT\n"


def php_lex(path):
    return run([PHP, "-n", "-d", "extension=tokenizer", "-d", "display_errors=0",
                os.path.join(HERE, "phplex-oracle"), path])[1]


def php_ast(path, lines=False):
    return run([PHP, "-n", "-d", "extension=ast", "-d", "error_reporting=0",
                os.path.join(HERE, "phpast-oracle")] + (["--lines"] if lines else []) + [path])[1]


LINE_MARK = re.compile(r" @(\d+)$", re.M)


def line_agreement(expected, actual):
    """(nodes, nodes on the same line) of two --lines dumps of the same tree, or None."""
    if LINE_MARK.sub("", expected) != LINE_MARK.sub("", actual):
        return None
    a, b = LINE_MARK.findall(expected), LINE_MARK.findall(actual)
    return len(a), sum(x == y for x, y in zip(a, b))


def php_lint(path):
    """PHP's verdict as "ok" or "ERROR <line> <message>" (from `php -n -l`)."""
    out = run([PHP, "-n", "-d", "display_errors=1", "-d", "error_reporting=-1", "-l", path])[1]
    m = re.search(r"(?:Parse|Fatal) error: (.*) in .* on line (\d+)", out)
    if m:
        return f"ERROR {m.group(2)} {m.group(1)}"
    return "ok"


TOKEN_LINE = re.compile(r'^\d+ \S+ "(.*)"$')
ESCAPES = {"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"'}


def unescape(text):
    """The bytes of a token text as the dump forms escape it."""
    out, i = bytearray(), 0
    while i < len(text):
        c = text[i]
        if c == "\\" and text[i + 1] == "x":
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif c == "\\":
            out += ESCAPES[text[i + 1]]
            i += 2
        else:
            out += c.encode()
            i += 1
    return bytes(out)


def drop_one_token(token_dump, rng):
    """A copy of the source with one random non-whitespace token removed, from a token dump."""
    texts = [unescape(m.group(1)) for m in map(TOKEN_LINE.match, token_dump.splitlines()) if m]
    names = [l.split(" ", 2)[1] for l in token_dump.splitlines() if TOKEN_LINE.match(l)]
    candidates = [i for i, n in enumerate(names)
                  if n not in ("T_WHITESPACE", "T_COMMENT", "T_DOC_COMMENT", "T_INLINE_HTML",
                               "T_OPEN_TAG")]
    if not candidates:
        return None
    victim = rng.choice(candidates)
    return b"".join(t for i, t in enumerate(texts) if i != victim)


def first_line(text):
    return text.split("\n", 1)[0]


def for_each(items, fn, jobs=2):
    """Runs fn(name, path) over (name, bytes) items, each written to a temporary file."""
    tmp = tempfile.mkdtemp(prefix="phpfront-")

    def one(i_item):
        i, (name, code) = i_item
        path = os.path.join(tmp, f"t{i}.php")
        with open(path, "wb") as f:
            f.write(code)
        try:
            return fn(name, path)
        finally:
            os.unlink(path)

    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(one, enumerate(items)))
    os.rmdir(tmp)
    return results


def diff_head(expected, actual, n=6):
    import difflib
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "php", "phpvm",
                                      lineterm="", n=1))
    return "\n".join("    " + l for l in lines[2:2 + n])
