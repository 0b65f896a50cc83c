"""What an interface calls: reading assets back, linking, corrections, reviews, people, authorities, duplicates,
check, export and the contact sheet. The CLI and the web desk call these functions and hold no logic of their own.
Asks ``catalog.db`` for records; runs no SQL."""
