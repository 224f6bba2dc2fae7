print("never runs")
x = (1,
  2
