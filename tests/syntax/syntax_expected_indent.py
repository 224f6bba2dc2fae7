print("never runs")
if True:
print(1)
