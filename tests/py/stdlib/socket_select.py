# socket over the native _socket and select modules: TCP and UDP on 127.0.0.1 port 0, timeouts,
# socketpair, selectors, the inet and byte-order helpers and their errors, then http.server,
# http.client, urllib and socketserver over loopback with the server in a forked child.
import socket, selectors, os
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
print(srv.family, srv.type, srv.proto, srv.gettimeout(), port > 0)
cli = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], conn.getpeername() == cli.getsockname())
cli.sendall(b"hello " * 1000)
data = b""
while len(data) < 6000:
    data += conn.recv(4096)
print(len(data))
conn.sendall(data.upper())
buf = bytearray(8000)
got = 0
view = memoryview(buf)
while got < 6000:
    got += cli.recv_into(view[got:])
print(bytes(buf[:12]), got)
cli.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.settimeout(0.1)
try: conn.recv(10)
except Exception as e: print(type(e).__name__)
cli.close(); conn.close(); srv.close()
print(srv.fileno(), repr(srv)[:40])
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b"dgram", u.getsockname())
print(u.recvfrom(100)[0])
u.close(); v.close()
a, b = socket.socketpair()
a.sendall(b"pair")
print(b.recv(10))
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, "b")
print(sel.select(0))
a.send(b"x")
print([(k.data, ev) for k, ev in sel.select(1)])
sel.close(); a.close(); b.close()
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\0" * 15 + b"\1"))
print(socket.htons(1), socket.ntohl(1), socket.htonl(0x01020304))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.gethostbyname("localhost"), socket.getservbyname("http", "tcp"), socket.getservbyport(22), socket.getprotobyname("tcp"))
for bad in [lambda: socket.inet_aton("x"), lambda: socket.htons(-1), lambda: socket.htons(70000), lambda: socket.socket().bind(("127.0.0.1", 70000)), lambda: socket.socket().bind("x")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
s = socket.socket()
try: s.connect(("127.0.0.1", 1))
except ConnectionRefusedError as e: print("refused", e.errno)
print(s.connect_ex(("127.0.0.1", 1)) in (111, 106))
s.close()
print(socket.AF_INET, socket.SOCK_STREAM, repr(socket.AF_INET6))
import http.client, http.server, socketserver, urllib.request
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("path=" + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
port = srv.server_address[1]
pid = os.fork()
if pid == 0:
    srv.handle_request()
    srv.handle_request()
    os._exit(0)
srv.socket.close()
c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
c.request("GET", "/hello?x=1")
r = c.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.read())
c.close()
print(urllib.request.urlopen("http://127.0.0.1:%d/u" % port, timeout=10).read())
print(os.waitpid(pid, 0)[1])
class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())
es = socketserver.TCPServer(("127.0.0.1", 0), Echo)
pid = os.fork()
if pid == 0:
    es.handle_request()
    os._exit(0)
es.server_close()
with socket.create_connection(es.server_address) as s:
    s.sendall(b"echo me\n")
    f = s.makefile("rb")
    print(f.readline())
    f.close()
print(os.waitpid(pid, 0)[1])
