# the builtins module
import builtins
print(builtins.len("abc"), builtins.int is int, builtins.ValueError is ValueError)
print(hasattr(builtins, "print"), type(builtins).__name__)
