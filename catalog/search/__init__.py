"""The search language: a query line parsed into a typed ``Query`` (``catalog.db.search`` runs it), and what each
picture can be found by beyond its caption. Pure."""
