# __exit__ gets the exception's traceback as its third argument (not None),
# and it is the same object as the exception's __traceback__.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__ if et else None, tb is None, ev is not None and tb is ev.__traceback__)
        return True
with CM():
    raise ValueError("x")
with CM():
    pass
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__).__name__)
