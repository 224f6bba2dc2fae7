# the built-in exception hierarchy
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
         "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
         "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
         "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
         "MemoryError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError",
         "PermissionError", "TimeoutError", "ReferenceError", "RuntimeError",
         "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError", "TabError",
         "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError"]
import builtins
for n in names:
    t = getattr(builtins, n)
    print(n, t.__name__, [c.__name__ for c in t.__mro__][1:])
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(SystemExit, Exception))
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(type(ValueError), ValueError.__bases__, BaseException.__bases__)
