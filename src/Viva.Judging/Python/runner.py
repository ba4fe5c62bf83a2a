# Runs one attempt at a Python exercise inside the judge's temporary folder.
# Usage: python3 -I runner.py FOLDER CPU_SECONDS MEMORY_BYTES
# The folder holds attempt.py and tests.json; one JSON line per event goes to the result stream (the original
# stdout), and anything the attempt prints goes to stderr.
import json
import math
import os
import resource
import sys
import traceback

FOLDER = os.path.realpath(sys.argv[1])
CPU_SECONDS = int(sys.argv[2])
MEMORY_BYTES = int(sys.argv[3])
NOBODY = 65534
MAX_FILE_BYTES = 1 << 20

results = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
sys.stdout = sys.stderr


def report(**event):
    results.write(json.dumps(event) + "\n")
    results.flush()


with open(os.path.join(FOLDER, "tests.json"), encoding="utf-8") as handle:
    spec = json.load(handle)
with open(os.path.join(FOLDER, "attempt.py"), encoding="utf-8") as handle:
    source = handle.read()

# Modules the exercise needs are imported before the limits, which would count their libraries' address space.
required = spec.get("requires")
if required:
    try:
        __import__(required)
    except ImportError:
        report(status="unavailable", message=f"this exercise needs the Python module '{required}', which is not installed")
        sys.exit(0)

readable_roots = [os.path.realpath(p) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}]
readable_roots += [os.path.realpath(p) for p in sys.path if p and os.path.isdir(p)]


def inside(path, roots):
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def writes(mode, flags):
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    return isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND) != 0


def guard(event, args):
    # A guard rail for honest mistakes and casual attempts; the rlimits and the process boundary contain the rest.
    if event == "open":
        path, mode, flags = (list(args) + [None, None, None])[:3]
        if isinstance(path, int):
            return
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        real = os.path.realpath(os.fspath(path))
        if inside(real, [FOLDER]):
            return
        if not writes(mode, flags) and inside(real, readable_roots):
            return
        raise PermissionError(f"opening {path} is not allowed: only the exercise's own temporary folder is open")
    if event in ("os.listdir", "os.scandir") and args and args[0] not in (None, ".", b"."):
        real = os.path.realpath(os.fspath(args[0]))
        if not inside(real, [FOLDER] + readable_roots):
            raise PermissionError(f"listing {args[0]} is not allowed")
    if event in ("os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.link", "os.symlink", "os.truncate"):
        paths = [a for a in args if isinstance(a, (str, bytes, os.PathLike))]
        if any(not inside(os.path.realpath(os.fspath(p)), [FOLDER]) for p in paths):
            raise PermissionError(f"{event} outside the exercise's temporary folder is not allowed")
    if event.startswith("socket.") and event != "socket.gethostname":
        raise PermissionError("network access is not allowed in an exercise")
    if event in ("os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "subprocess.Popen", "os.kill", "os.killpg"):
        raise PermissionError("starting or signalling processes is not allowed in an exercise")
    if event == "sys.addaudithook":
        # Python quietly declines a new hook when an existing one raises a RuntimeError; ours stays in force either way.
        raise RuntimeError("adding audit hooks is not allowed in an exercise")


# Loaded while still able to read the interpreter's files: once the attempt runs as nobody, an interpreter installed
# in a private home folder cannot load more of its standard library.
import bisect, collections, copy, ctypes, dataclasses, decimal, encodings.idna, fractions, functools, heapq, itertools, operator, random, re, socket, statistics, string, subprocess, typing  # noqa: E401,F401,E402


def limit_process():
    if os.getuid() == 0:
        # Root ignores RLIMIT_NPROC and reads every file; nobody does neither. Inside a user namespace that maps
        # only root, the switch fails, and the limits already hold for the real user.
        try:
            os.chown(FOLDER, NOBODY, NOBODY)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
        except OSError:
            pass
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_FILE_BYTES, MAX_FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))


def to_json(value):
    if hasattr(value, "tolist"):
        value = value.tolist()
    elif hasattr(value, "item") and callable(value.item) and not isinstance(value, (list, tuple, dict)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"returned a {type(value).__name__}, which is not a number, string, list, dict, bool or None")


def describe(error):
    # Only the attempt's own frames: the runner's are noise to the user.
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "attempt.py"]
    where = f" (attempt.py line {frames[-1].lineno})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


limit_process()
sys.addaudithook(guard)
os.chdir(FOLDER)
namespace = {"__name__": "attempt"}
try:
    exec(compile(source, "attempt.py", "exec"), namespace)
except MemoryError:
    report(status="memory", message="the attempt ran out of memory while loading")
    sys.exit(0)
except BaseException as error:  # noqa: BLE001 - every failure of the attempt is reported, none escapes
    report(status="error", message=describe(error))
    sys.exit(0)

entry = namespace.get(spec["entry"])
if not callable(entry):
    report(status="error", message=f"the attempt does not define a function named {spec['entry']}")
    sys.exit(0)

for test in spec["tests"]:
    try:
        actual = to_json(entry(*test["args"]))
        report(test=test["name"], actual=actual)
    except MemoryError:
        report(status="memory", test=test["name"], message="the attempt ran out of memory")
        sys.exit(0)
    except RecursionError as error:
        report(test=test["name"], error=describe(error))
    except BaseException as error:  # noqa: BLE001
        report(test=test["name"], error=describe(error))

report(status="done")
