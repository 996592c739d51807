"""Writes the hostile documents of the bad-input review: each alone in <folder>/one/<name>/, and all together in
<folder>/all/ (see run.sh). Pipes and links are made, never copied: copying a pipe reads it forever."""
import os
import sys

root = sys.argv[1]


def texts():
    yield "line-20mb.md", "# Long\n\n" + "a" * (20 * 1024 * 1024) + "\n"
    yield "line-1mb.md", "# Long\n\n" + "word " * (1024 * 1024 // 5) + "\n"
    yield "line-99kb.md", "# Long\n\nZentrix uses Go. " + "latency dropped from 120ms to 18ms and " * 2500 + "\n"
    yield "line-19kb-dense.md", "# Long\n\nZentrix uses Go. " + "latency dropped from 120ms to 18ms and " * 500 + "\n"
    yield "claims-300kb.md", "# Claims\n\nZentrix uses Go. " + "120ms → 18ms. " * 22000 + "\n"
    yield "table-10000-columns.md", ("# Table\n\n| " + " | ".join(f"c{i}" for i in range(10000)) + " |\n| "
                                     + " | ".join("---" for _ in range(10000)) + " |\n| " + " | ".join("1" for _ in range(10000)) + " |\n")
    yield "lines-500000.md", "# Lines\n\n" + "a\n" * 500_000
    yield "lines-30000-dense.md", "# Dense\n\n" + "".join(
        f"Zentrix{i % 97} uses Go: p99 latency fell from {i % 500 + 100} ms to {i % 50 + 5} ms.\n" for i in range(30_000))
    yield "nested-quotes.md", "# Nested\n\n" + ">" * 90_000 + " Zentrix uses Go.\n"
    yield "nested-lists.md", "# Nested\n\n" + "".join("  " * i + "- Zentrix uses Go\n" for i in range(200))


SPECIAL = ["pipe.md", "passwd.md", "loop"]


def special(folder, name):
    path = os.path.join(folder, name)
    if name == "pipe.md":
        os.mkfifo(path)
    elif name == "passwd.md":
        os.symlink("/etc/passwd", path)
    else:
        os.symlink(folder, path)


os.makedirs(os.path.join(root, "all"))
for name, text in texts():
    for folder in (os.path.join(root, "one", name), os.path.join(root, "all")):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
for name in SPECIAL:
    for folder in (os.path.join(root, "one", name), os.path.join(root, "all")):
        os.makedirs(folder, exist_ok=True)
        special(folder, name)
