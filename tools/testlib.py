"""testlib.py: what tools/run-tests and tools/record-oracle share about the test corpora.

The corpora (ARCHITECTURE.md section 9): tests/py/NAME.py with its recorded output NAME.out (oracle:
CPython 3.11); tests/php/NAME.phpt in php-src's format (oracle: php -n 8.2); tests/cross/NAME.{php,py}
composed programs whose oracle is a mono-language twin NAME.oracle.{py,php}, output in NAME.out.
A program's observable result is its standard output, plus one trailer line when it exits non-zero:
"[exit N: LAST LINE OF STDERR]" (the exception or fatal error that ended it).
"""

import os
import re
import subprocess
import tempfile

TIMEOUT = 60


class Phpt:
    """A parsed .phpt file: its sections by name (TEST, FILE, EXPECT, EXPECTF, SKIPIF, INI, ARGS)."""

    SECTION = re.compile(r"^--([A-Z_]+)--\s*$")

    def __init__(self, path):
        self.path = path
        self.sections = {}
        current = None
        with open(path, "rb") as f:
            for line in f.read().decode("utf-8", "surrogateescape").splitlines(keepends=True):
                m = self.SECTION.match(line)
                if m and (current is None or m.group(1) in KNOWN_SECTIONS):
                    current = m.group(1)
                    self.sections[current] = ""
                elif current is not None:
                    self.sections[current] += line
        if "FILEEOF" in self.sections:  # FILE without its final newline
            self.sections["FILE"] = self.sections.pop("FILEEOF").rstrip("\r\n")
        if "FILE" not in self.sections and not self.unsupported():
            raise ValueError(f"{path}: no --FILE-- section")

    def unsupported(self):
        """The first section this runner cannot honour, or None."""
        return next((name for name in self.sections if name in UNSUPPORTED_SECTIONS), None)

    def title(self):
        return self.sections.get("TEST", "").strip()

    def ini_args(self):
        args = []
        for line in self.sections.get("INI", "").splitlines():
            line = line.strip()
            if line and not line.startswith(";"):
                args += ["-d", line]
        return args

    def script_args(self):
        return self.sections.get("ARGS", "").split()

    def expectation(self):
        """(kind, text): kind is "EXPECT" or "EXPECTF", or (None, None) if none is recorded."""
        for kind in ("EXPECT", "EXPECTF", "EXPECTREGEX"):
            if kind in self.sections:
                return kind, self.sections[kind]
        return None, None


KNOWN_SECTIONS = {"TEST", "FILE", "FILEEOF", "EXPECT", "EXPECTF", "EXPECTREGEX", "SKIPIF", "INI",
                  "ARGS", "DESCRIPTION", "CREDITS", "CLEAN", "EXTENSIONS", "CONFLICTS", "XFAIL",
                  "XLEAK", "ENV", "STDIN", "POST", "POST_RAW", "PUT", "GET", "COOKIE", "CGI",
                  "FILE_EXTERNAL", "EXPECT_EXTERNAL", "EXPECTF_EXTERNAL", "EXPECTREGEX_EXTERNAL",
                  "EXPECTHEADERS", "REDIRECTTEST", "CAPTURE_STDIO", "PHPDBG", "WHITESPACE_SENSITIVE",
                  "GZIP_POST", "DEFLATE_POST", "FLAKY"}

# Sections this runner does not implement: a php-src test that has one is skipped, not failed.
UNSUPPORTED_SECTIONS = KNOWN_SECTIONS - {"TEST", "FILE", "FILEEOF", "EXPECT", "EXPECTF",
                                         "EXPECTREGEX", "SKIPIF", "INI", "ARGS", "DESCRIPTION",
                                         "CREDITS", "CLEAN", "CONFLICTS", "WHITESPACE_SENSITIVE",
                                         "FLAKY", "EXTENSIONS"}


def expectf_regex(pattern):
    """php-src run-tests.php's EXPECTF placeholders, as a Python regex matching the whole output."""
    table = {
        "e": re.escape(os.sep), "s": r"[^\r\n]+", "S": r"[^\r\n]*", "a": r".+", "A": r".*",
        "w": r"\s*", "i": r"[+-]?\d+", "d": r"\d+", "x": r"[0-9a-fA-F]+",
        "f": r"[+-]?\.?\d+\.?\d*(?:[Ee][+-]?\d+)?", "c": r".", "0": r"\x00",
    }
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("%r", i):
            end = pattern.find("%r", i + 2)
            if end < 0:
                out.append(re.escape(pattern[i:]))
                break
            out.append("(?:" + pattern[i + 2:end] + ")")
            i = end + 2
        elif pattern[i] == "%" and i + 1 < len(pattern) and pattern[i + 1] in table:
            out.append(table[pattern[i + 1]])
            i += 2
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out), re.DOTALL)


def normalize(text):
    """As run-tests.php compares: CRLF as LF, surrounding whitespace ignored."""
    return text.replace("\r\n", "\n").strip()


def matches(kind, expected, actual):
    actual = normalize(actual)
    if kind == "EXPECTF":
        return expectf_regex(normalize(expected)).fullmatch(actual) is not None
    if kind == "EXPECTREGEX":
        return re.fullmatch(normalize(expected), actual, re.DOTALL) is not None
    return normalize(expected) == actual


def run_program(argv, cwd=None, env=None, timeout=TIMEOUT, stdin_data=b""):
    """Runs argv; returns its observable result as text (see the module comment)."""
    try:
        p = subprocess.run(argv, cwd=cwd, env=env, input=stdin_data, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"[timeout after {timeout}s]\n"
    out = p.stdout.decode("utf-8", "surrogateescape")
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "surrogateescape").strip().splitlines()
        last = err[-1].strip() if err else ""
        if out and not out.endswith("\n"):
            out += "\n"
        out += f"[exit {p.returncode}: {last}]\n" if p.returncode > 0 else \
               f"[killed by signal {-p.returncode}]\n"
    return out


def link_siblings(phpt, tmp):
    """php-src's tests include files beside them (__DIR__ . "/file.inc"): links every file of
    the test's directory but the .phpt ones into the temp dir the test runs in."""
    src = os.path.dirname(os.path.abspath(phpt.path))
    for name in os.listdir(src):
        if not name.endswith(".phpt"):
            os.symlink(os.path.join(src, name), os.path.join(tmp, name))


def link_cousins(phpt, root):
    """Some php-src tests include files of a neighbouring test directory (__DIR__ .
    "/../file/file.inc"): the test then runs in root/<its directory's name>, beside root/<that
    directory> holding links to its files (never links to the directory itself, so that what a
    test writes there stays in the temp dir). Returns the directory to run in."""
    src = os.path.dirname(os.path.abspath(phpt.path))
    tmp = os.path.join(root, os.path.basename(src))
    os.mkdir(tmp)
    for name in set(re.findall(r"\.\./(\w+)/", phpt.sections.get("FILE", ""))):
        cousin = os.path.join(os.path.dirname(src), name)
        if name != os.path.basename(src) and os.path.isdir(cousin):
            os.mkdir(os.path.join(root, name))
            for f in os.listdir(cousin):
                if not f.endswith(".phpt"):
                    os.symlink(os.path.join(cousin, f), os.path.join(root, name, f))
    return tmp


def run_phpt_file(phpt, php_argv, extra_env=None, timeout=TIMEOUT, siblings=False):
    """Writes the FILE section next to nothing else (a fresh temp dir; with `siblings`, beside
    links to the files of the test's directory) and runs it with php_argv (["php", "-n"] or
    ["pyhyp"]). Returns (result, script path) so callers can mask the path."""
    with tempfile.TemporaryDirectory(prefix="phpt-") as root:
        tmp = root
        if siblings:
            tmp = link_cousins(phpt, root)
            link_siblings(phpt, tmp)
        name = os.path.splitext(os.path.basename(phpt.path))[0] + ".php"
        script = os.path.join(tmp, name)
        with open(script, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(phpt.sections["FILE"])
        env = dict(os.environ, **(extra_env or {}))
        result = run_program(php_argv + phpt.ini_args() + [script] + phpt.script_args(),
                             cwd=tmp, env=env, timeout=timeout)
        return result, script


def phpt_skip_reason(phpt, php_argv, siblings=False):
    """Runs SKIPIF (after the check that every --EXTENSIONS-- one is loaded); returns the reason
    if it printed "skip ...", else None."""
    exts = phpt.sections.get("EXTENSIONS", "").split()
    if "SKIPIF" not in phpt.sections and not exts:
        return None
    check = "".join(f"<?php if (!extension_loaded('{e}')) die('skip {e} not loaded'); ?>"
                    for e in exts)
    with tempfile.TemporaryDirectory(prefix="phpt-skip-") as tmp:
        if siblings:
            link_siblings(phpt, tmp)
        script = os.path.join(tmp, "skipif.php")
        with open(script, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(check + phpt.sections.get("SKIPIF", ""))
        out = run_program(php_argv + [script], cwd=tmp).strip()
    return out if out.lower().startswith("skip") else None


def phpt_tree(root):
    """Every .phpt under root (php-src's own tests, for pass rates): (kind, path) pairs."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found += [("php", os.path.join(dirpath, f)) for f in sorted(filenames) if f.endswith(".phpt")]
    return found


def corpus(srcdir):
    """Every program test: (kind, path) with kind in "py", "php", "cross"."""
    tests = []
    for kind, sub, exts in (("py", "tests/py", (".py",)), ("py", "tests/py/stdlib", (".py",)),
                            ("php", "tests/php", (".phpt",)), ("php", "tests/php/ext", (".phpt",)),
                            ("php", "tests/php/libs", (".phpt",)),
                            ("cross", "tests/cross", (".php", ".py"))):
        d = os.path.join(srcdir, sub)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(exts) and ".oracle." not in name:
                tests.append((kind, os.path.join(d, name)))
    return tests


def expected_path(path):
    """Where a py or cross test's recorded output lives."""
    return os.path.splitext(path)[0] + ".out"


def cross_oracle(path):
    """The mono-language twin of a composed program, or None."""
    base = os.path.splitext(path)[0]
    for ext in (".py", ".php"):
        if os.path.exists(base + ".oracle" + ext):
            return base + ".oracle" + ext
    return None
