# A small bank simulation: classes, exceptions, properties, sorting, formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance:.2f})"

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

bank = [Account("alice", 100), Savings("bob", 250.5), Account("carol")]
bank[0].deposit(50)
bank[2].deposit(20.25)
for acct, amt in [(bank[0], 500), (bank[1], 100), (bank[2], 5)]:
    try:
        acct.withdraw(amt)
    except InsufficientFunds as e:
        print("error:", e)
print("interest:", bank[1].add_interest())
try:
    bank[2].deposit(-1)
except ValueError as e:
    print("error:", e)
for a in sorted(bank, key=lambda a: a.balance, reverse=True):
    print(f"{a.id:>3} {a.owner:<8}{a.balance:>10.2f} {len(a.history)} ops")
print(bank)
total = sum(a.balance for a in bank)
print(f"total={total:,.2f}", isinstance(bank[1], Account), type(bank[1]).__mro__[1].__name__)
