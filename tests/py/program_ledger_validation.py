# A small double-entry ledger: dataclasses, Decimal money, validation that collects every error in
# an ExceptionGroup, except* to triage them, a report with format specs, and generators for
# running balances.
from dataclasses import dataclass, field
from decimal import Decimal
from collections import defaultdict

class LedgerError(Exception):
    pass

class UnknownAccount(LedgerError):
    pass

class Unbalanced(LedgerError):
    pass

@dataclass(frozen=True)
class Posting:
    account: str
    amount: Decimal

@dataclass
class Entry:
    ref: str
    memo: str
    postings: list = field(default_factory=list)

    def total(self):
        return sum((p.amount for p in self.postings), Decimal("0"))

ACCOUNTS = {"cash", "bank", "sales", "rent", "supplies"}

def validate(entries):
    problems = []
    for e in entries:
        for p in e.postings:
            if p.account not in ACCOUNTS:
                err = UnknownAccount(f"{e.ref}: unknown account {p.account!r}")
                err.add_note(f"memo: {e.memo}")
                problems.append(err)
        if e.total() != 0:
            problems.append(Unbalanced(f"{e.ref}: off by {e.total():+.2f}"))
        if not e.postings:
            problems.append(ValueError(f"{e.ref}: no postings"))
    if problems:
        raise ExceptionGroup(f"{len(problems)} problem(s) in {len(entries)} entries", problems)

def running(entries, account):
    balance = Decimal("0")
    for e in entries:
        for p in e.postings:
            if p.account == account:
                balance += p.amount
                yield e.ref, p.amount, balance

def D(s):
    return Decimal(s)

good = [
    Entry("J1", "opening", [Posting("bank", D("1000.00")), Posting("sales", D("-1000.00"))]),
    Entry("J2", "rent", [Posting("rent", D("450.00")), Posting("bank", D("-450.00"))]),
    Entry("J3", "cash sale", [Posting("cash", D("75.50")), Posting("sales", D("-75.50"))]),
    Entry("J4", "supplies", [Posting("supplies", D("20.25")), Posting("cash", D("-20.25"))]),
]
validate(good)
totals = defaultdict(Decimal)
for e in good:
    for p in e.postings:
        totals[p.account] += p.amount
print(f"{'account':<10}{'balance':>12}")
for acct in sorted(totals):
    print(f"{acct:<10}{totals[acct]:>12,.2f}")
print(f"{'sum':<10}{sum(totals.values()):>12,.2f}")
for ref, amt, bal in running(good, "bank"):
    print(f"  bank {ref}: {amt:+9.2f} -> {bal:9.2f}")

bad = good + [
    Entry("J5", "typo", [Posting("bnak", D("5")), Posting("cash", D("-5"))]),
    Entry("J6", "half", [Posting("cash", D("10"))]),
    Entry("J7", "empty"),
]
try:
    validate(bad)
except* UnknownAccount as g:
    for e in g.exceptions:
        print("unknown:", e, e.__notes__)
except* Unbalanced as g:
    print("unbalanced:", [str(e) for e in g.exceptions])
except* LedgerError:
    print("never: the other ledger errors were taken above")
except* ValueError as g:
    print("other:", g.message, [str(e) for e in g.exceptions])
