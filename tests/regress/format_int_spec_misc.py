# Rare integer format-spec corners.
print(repr(format(65, '*=8c')))       # '=' alignment with 'c' pads on the left
for spec in ['.2s', '8s']:
    try:
        print(format(42, spec))
    except ValueError as e:
        print("ValueError", e)
