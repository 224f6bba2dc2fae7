# In __main__, __builtins__ is the builtins module.
print(__builtins__)
print(__builtins__.len([1, 2]), type(__builtins__).__name__)
