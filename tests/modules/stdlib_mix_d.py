# tern: heapsize=2m
import decimal
print(decimal.Decimal('0.1') + decimal.Decimal('0.2'), decimal.Decimal(1) / decimal.Decimal(7))
