# tern: exit=1 stderr=SyntaxError: source is not valid UTF-8
# The next line holds bytes that are not UTF-8.
s = "ÿþ café"
print("must not run")
