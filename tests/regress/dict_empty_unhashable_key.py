# Looking up an unhashable key in an EMPTY dict must still raise
# TypeError (Tern skips hashing when the dict is empty).
for t in [lambda: {}[[]], lambda: [] in {}, lambda: {}.get([]), lambda: {1: 2}[[]]]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
    except KeyError as e:
        print("KeyError", e)
