// Sidebar entry: renders the views and talks to the server through google.script.run.
