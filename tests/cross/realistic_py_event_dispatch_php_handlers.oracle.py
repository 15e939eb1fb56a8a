class Audit:
    log = []
    @staticmethod
    def record(ev, data):
        Audit.log.append(f"{ev}:{len(data)}")
        return "audited"
def handlers_():
    return {"signup": lambda data: "welcome " + data["user"], "audit": "Audit::record"}
handlers = handlers_()
bus = {}
def on(ev, fn):
    bus.setdefault(ev, []).append(fn)
on("signup", handlers["signup"])
on("signup", lambda data: "py saw " + data["user"])
on("signup", lambda data: Audit.record("signup", data))
for ev, data in [("signup", {"user": "kim"}), ("signup", {"user": "lee", "ref": "ad"}), ("noop", {})]:
    for h in bus.get(ev, []):
        print(ev, "->", h(data))
print(list(Audit.log))
