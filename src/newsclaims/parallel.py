"""An ordered map over worker processes that each hold the pipeline once.

Why not ``nlp.pipe(n_process=...)``: spaCy ships every Doc back to the parent as bytes,
and the parent then rebuilds the Doc and turns it into tables. For a corpus only the tables
are wanted, so here each worker runs the whole unit of work (parse, components, frames)
and sends back small pandas frames; the parent just stacks them. The parent stays nearly
idle, which is what lets two workers use two cores.

No spaCy or pandas here: ``func(state, task)`` is whatever the caller gives.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import traceback
from typing import Any, Callable, Iterable, Iterator

# How long the parent waits on the result queue before checking that workers are alive.
_POLL_SECONDS = 1.0


class WorkerError(RuntimeError):
    """A worker process failed outside of what ``func`` handles itself."""


def _serve(func: Callable[[Any, Any], Any], state: Any, tasks: Any, results: Any) -> None:
    while True:
        item = tasks.get()
        if item is None:
            return
        k, task = item
        try:
            results.put((k, True, func(state, task)))
        except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
            results.put((k, False, traceback.format_exc()))


def imap_ordered(func: Callable[[Any, Any], Any], state: Any, tasks: Iterable[Any], n_process: int,
                 *, in_flight: int | None = None) -> Iterator[Any]:
    """``func(state, task)`` for every task, computed in ``n_process`` processes, yielded in
    task order.

    ``state`` (e.g. a spaCy pipeline) reaches each worker once, when it starts: inherited
    on fork, pickled once on spawn. Tasks are pulled lazily and at most ``in_flight``
    (default ``2 * n_process``) are pending at a time, so memory does not grow with the
    input. Workers take the next task when free, so one slow task does not stall the others.
    """
    if n_process < 1:
        raise ValueError("n_process must be at least 1")
    limit = in_flight or 2 * n_process
    ctx = mp.get_context()
    task_q, result_q = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=_serve, args=(func, state, task_q, result_q), daemon=True)
             for _ in range(n_process)]
    for p in procs:
        p.start()
    source = iter(tasks)
    done: dict[int, Any] = {}
    sent = next_out = 0
    exhausted = False
    try:
        while True:
            while not exhausted and sent - next_out < limit:
                task = next(source, _END)
                if task is _END:
                    exhausted = True
                else:
                    task_q.put((sent, task))
                    sent += 1
            if next_out in done:
                yield done.pop(next_out)
                next_out += 1
                continue
            if exhausted and next_out == sent:
                return
            try:
                k, ok, payload = result_q.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                dead = [p for p in procs if not p.is_alive()]
                if dead:
                    raise WorkerError(f"a worker process died (exit code {dead[0].exitcode})") from None
                continue
            if not ok:
                raise WorkerError(f"task {k} failed in a worker:\n{payload}")
            done[k] = payload
    finally:
        for _ in procs:
            task_q.put(None)
        for p in procs:
            p.join(timeout=5)
            if p.is_alive():
                p.terminate()
                p.join()
        task_q.close()
        result_q.close()
        task_q.cancel_join_thread()
        result_q.cancel_join_thread()


_END = object()
