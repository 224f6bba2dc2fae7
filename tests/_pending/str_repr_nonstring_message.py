# str() of an object whose __repr__ returns a non-str: CPython says
# "__str__ returned non-string (type int)" (object.__str__ calls the repr
# slot unchecked); Tern says "__repr__ returned non-string (type int)".
class Rep:
    def __repr__(self): return 5
try: str(Rep())
except TypeError as e: print(e)
