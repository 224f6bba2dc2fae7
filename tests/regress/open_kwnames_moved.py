# open() with keyword arguments: the builtin imports the file module first,
# which moves every object; the keyword names must follow (in the GC-stress
# build they were read from vacated memory, and linecache, hence warnings,
# failed with RecursionError).
with open(__file__, encoding='utf-8') as f:
    print(f.readline().rstrip())
import linecache
print(linecache.getline(__file__, 2).rstrip())
