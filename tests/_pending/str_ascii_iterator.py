# CPython 3.11 names the iterator of an ASCII str 'str_ascii_iterator'.
print(type(iter('abc')).__name__, type(iter('é')).__name__)
