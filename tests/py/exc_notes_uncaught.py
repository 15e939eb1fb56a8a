# An uncaught exception with notes: the notes print after the message line, so the last line of
# stderr is the last note.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as e:
        e.add_note(f"while loading {path}")
        e.add_note("hint: check the working directory")
        raise

print("start")
load("settings.toml")
