# A frozen package for the tests: relative imports inside the library.
from .inner import twice
NAME = __name__
