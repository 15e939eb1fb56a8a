# A line protocol parser as a generator-based state machine: the parser receives chunks with
# send(), yields complete messages, handles split frames and escape sequences, and reports
# protocol errors by throwing into the consumer.
class ProtocolError(Exception):
    pass

def framer():
    """Receives byte chunks; yields lists of complete frames (b'\\n' terminated)."""
    buffer = b""
    frames = []
    while True:
        chunk = yield frames
        frames = []
        if chunk is None:
            if buffer:
                raise ProtocolError(f"truncated frame {buffer!r}")
            return "clean end"
        buffer += chunk
        while b"\n" in buffer:
            line, _, buffer = buffer.partition(b"\n")
            frames.append(line)

def decode(frame):
    text = frame.decode("utf-8")
    match text.split(" ", 1):
        case ["PING"]:
            return ("ping",)
        case ["SET", rest]:
            key, sep, value = rest.partition("=")
            if not sep:
                raise ProtocolError(f"SET without '=': {rest!r}")
            return ("set", key, value.replace("\\s", " "))
        case ["GET", key]:
            return ("get", key)
        case [cmd, *_]:
            raise ProtocolError(f"unknown command {cmd!r}")

def session(chunks):
    store, replies = {}, []
    f = framer()
    next(f)
    try:
        for chunk in chunks + [None]:
            for frame in f.send(chunk):
                try:
                    msg = decode(frame)
                except ProtocolError as e:
                    replies.append(f"ERR {e}")
                    continue
                match msg:
                    case ("ping",):
                        replies.append("PONG")
                    case ("set", k, v):
                        store[k] = v
                        replies.append("OK")
                    case ("get", k):
                        replies.append(store.get(k, "(nil)"))
    except StopIteration as stop:
        replies.append(f"<{stop.value}>")
    except ProtocolError as e:
        replies.append(f"FATAL {e}")
    return replies, store

print(session([b"PI", b"NG\nSET a=1\nGET a\n", b"SET msg=hi\\sthere\nGET msg\nGET zz\n"]))
print(session([b"HELLO\nSET x\nPING\n"]))
print(session([b"SET k=v\nGET k", b""]))
print(session([]))
