class Account:
    def __init__(self, o):
        self.owner = o
        self.__balance = 0
    def deposit(self, n):
        self.__balance += n
        return self
    def balance(self):
        return self.__balance
def make_account(owner): return Account(owner)
a = make_account("kim")
print(a.owner)
a.deposit(10).deposit(5)
print(a.balance())
a.owner = "lee"
print(a.owner)
try:
    print(a.balance_private_peek)
except AttributeError:
    print("no such attribute")
