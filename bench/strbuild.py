# String building with += and join, and common str methods.
def main():
    checksum = 0
    for rep in range(700):
        s = ""
        for i in range(2000):
            s += str(i)
            s += ","
        parts = s.split(",")
        joined = "-".join(parts)
        up = joined.upper().replace("-", "+")
        checksum += len(up) + up.count("1") + up.find("999")
        words = []
        for p in parts[:500]:
            words.append(p.strip().zfill(4))
        line = " ".join(words)
        checksum += len(line) + line.startswith("0000")
        checksum += len("%d:%s" % (rep, words[rep % len(words)])) + len(f"{rep}/{len(words)}")
    return checksum
print(main())
