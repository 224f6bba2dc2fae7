# Nested data processing: dict/list nesting, sorting by several keys, grouping, formatting tables.
inventory = [
    {"sku": "A100", "name": "widget", "tags": ["metal", "small"], "qty": 12, "price": 2.5},
    {"sku": "B200", "name": "gadget", "tags": ["plastic"], "qty": 0, "price": 10.0},
    {"sku": "C300", "name": "doohickey", "tags": ["metal", "large"], "qty": 3, "price": 99.99},
    {"sku": "D400", "name": "thingamajig", "tags": [], "qty": 40, "price": 0.35},
]
in_stock = [i for i in inventory if i["qty"]]
print([i["sku"] for i in sorted(in_stock, key=lambda i: (i["price"] * i["qty"], i["sku"]))])
tags = {}
for item in inventory:
    for t in item["tags"] or ["untagged"]:
        tags.setdefault(t, set()).add(item["name"])
for t in sorted(tags):
    print(f"{t:>9}: {', '.join(sorted(tags[t]))}")
print(f"{'SKU':<6}|{'NAME':^13}|{'VALUE':>9}")
print("-" * 30)
for i in inventory:
    print(f"{i['sku']:<6}|{i['name']:^13}|{i['qty'] * i['price']:>9.2f}")
value = sum(i["qty"] * i["price"] for i in inventory)
print(f"total value {value:.2f}; average price {sum(i['price'] for i in inventory) / len(inventory):.3f}")
restock = {i["sku"]: max(0, 10 - i["qty"]) for i in inventory}
print(restock, any(v > 5 for v in restock.values()), all(i["price"] > 0 for i in inventory))
print(repr(inventory[0]))
