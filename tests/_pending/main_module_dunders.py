# CPython's __main__ has __annotations__, __cached__, __loader__, __package__
# and __spec__; Tern's has __builtins__, __doc__, __file__, __name__ only.
# (A fix in api.c perturbed the heap_errors API test on 96 KiB heaps and the
# stress build's pprint test: reverted, see the h-probe report.)
print(dir())
