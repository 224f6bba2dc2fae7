try:
    input()
except EOFError as e:
    print('EOFError', e)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)
