"""One module per screen of the desk; each exports ``routes``. State-changing routes are ``security.action``s."""
