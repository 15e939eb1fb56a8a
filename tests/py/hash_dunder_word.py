# A __hash__ returning a machine-word int is the hash itself (str hashes span the full word), so a
# str subclass or an object whose __hash__ returns hash('key') finds the str's dict entry.
class StrSub(str):
    pass


class Key:
    def __hash__(self):
        return hash('key3')

    def __eq__(self, other):
        return isinstance(other, Key) or other == 'key3'


k = StrSub('key3')
print(hash(k) == hash('key3'))
for key in (k, Key()):
    d = {'key1': 1, key: 44}
    print(d.get('key3'), d.get(key), 'key3' in d)
    d = {'key1': 1, 'key3': 44}
    print(d.get(key), key in d)


class Big:
    def __hash__(self):
        return 2 ** 70


class MinusOne:
    def __hash__(self):
        return -1


print(hash(Big()) == hash(2 ** 70), hash(MinusOne()), hash(2 ** 62), hash(-2 ** 63))
