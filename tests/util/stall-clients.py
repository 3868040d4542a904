"""Open many HTTP clients that send one request and then never read the answer.

Each socket gets a tiny receive buffer before it connects, so the kernel cannot
absorb the response on our side: the server sees a closed TCP window and has to
decide what to do with the rest. Usage:
  python3 stall-clients.py PORT COUNT PATH [HEADER: value]...
Prints "ready N" once every request is sent, then holds the sockets until stdin closes.
"""
import socket
import sys

port, count, target = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
headers = "".join(h + "\r\n" for h in sys.argv[4:])
request = f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}\r\n".encode()
held = []
for _ in range(count):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", port))
    s.sendall(request)
    held.append(s)
print(f"ready {len(held)}", flush=True)
sys.stdin.read()
