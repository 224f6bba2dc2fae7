# reads builtins/stdin_reading.py.in on stdin
import sys
print(input())
print(input('prompt> '))
print(repr(sys.stdin.readline()))
n = 0
for line in sys.stdin:
    n += 1
    print(n, repr(line))
    if n == 2:
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdout.writelines(['x\n', 'y\n'])
