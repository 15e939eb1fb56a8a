def describe(rec):
    out = rec['name'] + ' has ' + str(len(rec['langs'])) + ' languages:'
    for i, l in enumerate(rec['langs']):
        out += f" {i}={l}"
    out += ' (email)' if rec.get('email') is not None else ' (no email)'
    out += ' first=' + rec['langs'][0]
    return out
print(describe({"name": "ada", "langs": ["php", "python"]}))
print(describe({"name": "bob", "langs": ("c",), "email": "b@x"}))
