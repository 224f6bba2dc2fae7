# case methods and predicates
for s in ['hello World', 'HELLO', 'hello', 'Hello World', '123abc', 'abc123', '   ', '', 'a1 b2',
          'ThIs Is A tEsT', "they're bill's", 'x_y', '_private', '9lives', 'Title Case Text', 'MiXeD-case']:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
    print(s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isnumeric(), s.isdecimal(), s.isprintable(), s.isascii())
print('\t'.isprintable(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal())
