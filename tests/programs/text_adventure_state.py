# A state machine driven by commands: dict dispatch, string parsing, while loops, early exits.
rooms = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": [], "moves": 0}
def look(arg):
    r = rooms[state["room"]]
    items = ", ".join(r["items"]) or "nothing"
    return f"You are in {state['room']} ({r['desc']}). You see: {items}. Exits: {', '.join(sorted(r['exits']))}"
def go(arg):
    exits = rooms[state["room"]]["exits"]
    if arg not in exits:
        return f"You can't go {arg}."
    state["room"] = exits[arg]
    state["moves"] += 1
    return look(None)
def take(arg):
    items = rooms[state["room"]]["items"]
    if arg in items:
        items.remove(arg)
        state["inventory"].append(arg)
        return f"Taken: {arg}"
    return f"No {arg} here."
def inventory(arg):
    return "You carry: " + (", ".join(state["inventory"]) or "nothing")
commands = {"look": look, "go": go, "take": take, "inv": inventory}
script = ["look", "take lamp", "go north", "take key", "take sword", "go west", "go south", "go east", "inv", "dance", "quit"]
for line in script:
    verb, _, arg = line.partition(" ")
    if verb == "quit":
        print("Bye after", state["moves"], "moves")
        break
    handler = commands.get(verb)
    print(">", line)
    print(handler(arg) if handler else f"I don't know how to {verb}.")
else:
    print("script ended")
