"""Rule kinds: the code behind each ``kind:`` of rule. Each module exposes one checker class."""
