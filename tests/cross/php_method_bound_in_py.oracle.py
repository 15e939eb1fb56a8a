class O:
    def __init__(self): self.log = []
    def note(self, s):
        self.log.append(s)
        return len(self.log)
    def dump(self): return "|".join(self.log)
def mk(): return O()
o = mk()
note = o.note
note("a")
note("b")
print(list(map(note, ["c", "d"])))
print(o.dump())
