# tern: exit=1 stderr=SyntaxError: Non-UTF-8 code starting with '\xff' in file $DIR/bad_utf8.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details
# The next line holds bytes that are not UTF-8.
s = "ÿþ café"
print("must not run")
