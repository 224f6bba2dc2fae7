print("before")
int("12x")
