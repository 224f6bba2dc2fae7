# time, hashlib and the import machinery stored a value read before an
# allocation made in a sibling argument of the same call (the str of a
# name): the value had moved by then. Under the GC-stress build (every
# allocation moves everything) the module dicts held a dangling reference.
import time
import hashlib
import json
print(time.struct_time.__name__, time.timezone == time.timezone)
print('sha256' in hashlib.algorithms_guaranteed, 'md5' in hashlib.algorithms_available)
print(json.__package__)
