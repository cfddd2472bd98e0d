class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        self._internal = "protected"

    def deposit(self, amt):
        self.__balance += amt
        return self.__balance

    def __secret(self):
        return "secret"

    def reveal(self):
        return self.__secret()

a = Account("ann", 100)
print(a.deposit(50), a.reveal(), a._internal, a._Account__balance)
try:
    a.__balance
except AttributeError:
    print("AttributeError mangled")
print(sorted(vars(a)))

class Sub(Account):
    def __init__(self):
        super().__init__("sub", 1)
        self.__balance = "sub's own"

s = Sub()
print(s._Account__balance, s._Sub__balance, s.deposit(1))
