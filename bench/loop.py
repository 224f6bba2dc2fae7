# Local-variable integer loop.
def main():
    total = 0
    i = 0
    n = 8000000
    while i < n:
        total = (total + i * 7) % 1000003
        i += 1
    return total
print(main())
