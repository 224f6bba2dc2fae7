# Common str methods over a text: split, join, strip, replace, find,
# case changes, startswith, counting, partition, center/ljust.
def main():
    words = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "eta", "theta"]
    text = " ".join(words[i % 8] + str(i) for i in range(4000))
    checksum = 0
    for rep in range(60):
        parts = text.split()
        checksum += len(parts)
        lowered = [p.lower() for p in parts]
        checksum += sum(1 for p in lowered if p.startswith("e"))
        checksum += len(",".join(p.upper() for p in parts[:500]))
        t = text.replace("a", "4").replace("e", "3")
        checksum += t.count("4") + t.find("th3ta") + t.rfind("4lph4")
        for p in parts[:300]:
            head, sep, tail = p.partition("a")
            checksum += len(head) + len(tail) + len(p.center(12, "*")) + len(p.ljust(10))
            checksum += p.isalpha() + p[:3].isdigit() + len(p.strip("0123456789"))
        checksum += len(text.title()) + len(text.swapcase()) + text.index("zeta")
    return checksum
print(main())
