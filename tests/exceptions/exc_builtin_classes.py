# Every built-in exception class exists with CPython's base classes.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException)
               and n not in ("BaseExceptionGroup", "ExceptionGroup"))
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__bases__], cls.__module__)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(ConnectionResetError, ConnectionError), issubclass(BrokenPipeError, OSError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print(issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
try:
    raise ConnectionRefusedError("refused")
except ConnectionError as e:
    print(type(e).__name__, e)
try:
    raise UserWarning("careful")
except Warning as e:
    print(repr(e))
print(repr(DeprecationWarning("old", 1)), str(FutureWarning()))
