# eval/exec with a globals dict whose __builtins__ is {}: the builtins are
# not visible in CPython (NameError); Tern still finds them.
try: print(eval('len([])', {'__builtins__': {}}))
except NameError as e: print(e)
