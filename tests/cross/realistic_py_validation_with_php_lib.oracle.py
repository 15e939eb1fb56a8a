class PHPException(Exception):
    def __init__(self, m):
        super().__init__(m)
        self.message = m
class ValidationError(PHPException): pass
class Validator:
    def __init__(self): self.rules = []
    def rule(self, field, check, msg):
        self.rules.append((field, check, msg))
        return self
    def check(self, rec):
        for field, check, msg in self.rules:
            if field not in rec or rec[field] is None or not check(rec[field]):
                raise ValidationError(f"{field}: {msg}")
        return True
v = Validator()
v.rule("name", lambda s: len(s) > 0, "required").rule("age", lambda a: 0 <= a < 150, "out of range")
records = [{"name": "ann", "age": 30}, {"name": "", "age": 5}, {"name": "bo", "age": 200}, {"age": 1}]
ok = 0
for i, rec in enumerate(records):
    try:
        v.check(rec)
        ok += 1
        print(i, "valid")
    except PHPException as e:
        print(i, "invalid:", e.message)
print(ok, "of", len(records), "valid")
