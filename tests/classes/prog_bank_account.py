# A bank simulation: accounts with properties, class-level counters,
# custom exceptions, transaction history and interest.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %.2f (balance %.2f)"
                         % (account.number, amount, account.balance))
        self.account = account
        self.amount = amount


class FrozenAccount(Exception):
    pass


class Transaction:
    __slots__ = ("kind", "amount", "balance")

    def __init__(self, kind, amount, balance):
        self.kind = kind
        self.amount = amount
        self.balance = balance

    def __repr__(self):
        return "Transaction(%s, %.2f, %.2f)" % (self.kind, self.amount, self.balance)


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = 0.0
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self.frozen = False
        if balance:
            self.deposit(balance)

    @property
    def balance(self):
        return round(self._balance, 2)

    def _record(self, kind, amount):
        self.history.append(Transaction(kind, amount, self._balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check_frozen()
        self._balance += amount
        self._record("deposit", amount)
        return self

    def withdraw(self, amount):
        self._check_frozen()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record("withdraw", amount)
        return self

    def available(self):
        return self._balance

    def _check_frozen(self):
        if self.frozen:
            raise FrozenAccount("account %d is frozen" % self.number)

    def add_interest(self):
        interest = self._balance * self.interest_rate
        if interest:
            self._balance += interest
            self._record("interest", interest)
        return interest

    def __repr__(self):
        return "<%s #%d %s: %.2f>" % (type(self).__name__, self.number, self.owner, self.balance)

    def __lt__(self, other):
        return self.balance < other.balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)


class SavingsAccount(Account):
    interest_rate = 0.02


class CheckingAccount(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kw):
        acct = cls(owner, *args, **kw)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        return True

    def month_end(self):
        return sum(a.add_interest() for a in self.accounts.values())

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def __contains__(self, acct):
        return acct.number in self.accounts


bank = Bank("Tern Savings")
alice = bank.open(SavingsAccount, "alice", 500)
bob = bank.open(CheckingAccount, "bob", 50, overdraft=25)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(len(bank), alice in bank, bank.total())

print(bank.transfer(alice, bob, 120))
print(bank.transfer(bob, carol, 200))
print(bank.transfer(bob, carol, 190))
print(bob.balance, carol.balance)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
carol.frozen = True
try:
    carol.withdraw(1)
except FrozenAccount as e:
    print("FrozenAccount:", e)
carol.frozen = False

for month in range(3):
    print("interest", round(bank.month_end(), 4))
print([a.owner for a in bank], bank.total())
print(alice.history[-1], len(alice.history))
print(max(bank), min(bank).owner)
print({alice: "a", bob: "b"}[alice], alice == bank.accounts[alice.number])
try:
    bob.withdraw(1000)
except InsufficientFunds as e:
    print(type(e).__name__, e.amount, e.account.owner)
    print(e)
try:
    Transaction("x", 1, 2).note = "no"
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(alice, Account), issubclass(CheckingAccount, Account), SavingsAccount.__mro__[1].__name__)
