"""How much memory this process has used at its peak, for ``--smoke`` and the benchmarks.

Standard library only, so the benchmark's empty-window floor can import it without loading
anything of the app.
"""

from __future__ import annotations


def peak_memory_kib() -> int | None:
    """This process's peak resident memory (Linux ``VmHWM``), None where the system does not say.

    Unlike ``getrusage``, it does not count the parent's memory a process started through
    ``vfork`` inherits in its accounting, so a benchmark can compare processes fairly.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None
