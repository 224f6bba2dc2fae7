import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'callable', 'chr', 'classmethod', 'compile',
         'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'filter', 'float', 'format',
         'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance',
         'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'min', 'next', 'object', 'oct',
         'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round', 'set', 'setattr',
         'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
         'ValueError', 'KeyError', 'Exception', 'BaseException', 'StopIteration', 'TypeError']
print([n for n in names if not hasattr(builtins, n)])
print(NotImplemented, Ellipsis, ... is Ellipsis, __debug__)
print(type(len).__name__, len.__name__ if hasattr(len, '__name__') else 'len')
print(int, list, dict, zip, ValueError)
