# An async inventory service simulated without an event loop library: async context managers
# for transactions with rollback, async generators streaming orders, except* triage of a batch
# of failures, and a final report.
class Tick:
    def __await__(self):
        yield

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class OutOfStock(Exception):
    pass

class BadOrder(Exception):
    pass

class Store:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.journal = []

    def transaction(self):
        store = self
        class Tx:
            async def __aenter__(self):
                await Tick()
                self.snapshot = dict(store.stock)
                return store
            async def __aexit__(self, et, ev, tb):
                await Tick()
                if et is not None:
                    store.stock = self.snapshot
                    store.journal.append(f"rollback ({et.__name__})")
                else:
                    store.journal.append("commit")
                return False
        return Tx()

async def orders():
    batch = [("apple", 3), ("pear", 1), ("plum", 2), ("apple", 10), ("pear", -1), ("kiwi", 1)]
    for item, qty in batch:
        await Tick()
        yield item, qty

async def place(store, item, qty):
    async with store.transaction() as s:
        if qty <= 0:
            raise BadOrder(f"bad quantity {qty} for {item}")
        if item not in s.stock:
            raise BadOrder(f"unknown item {item}")
        s.stock[item] -= qty
        if s.stock[item] < 0:
            raise OutOfStock(f"{item}: short by {-s.stock[item]}")
    return f"{qty} x {item}"

async def process(store):
    done, failed = [], []
    async for item, qty in orders():
        try:
            done.append(await place(store, item, qty))
        except (OutOfStock, BadOrder) as e:
            e.add_note(f"order {item} x {qty}")
            failed.append(e)
    if failed:
        raise ExceptionGroup("some orders failed", failed)
    return done

store = Store({"apple": 5, "pear": 2, "plum": 2})
try:
    run(process(store))
except* OutOfStock as g:
    print("restock needed:", [(str(e), e.__notes__[0]) for e in g.exceptions])
except* BadOrder as g:
    print("rejected:", sorted(str(e) for e in g.exceptions))
print(store.stock)
print(store.journal)
