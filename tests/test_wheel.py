"""The built wheel works on its own: fresh virtual environment, run outside the repository."""
from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

from conftest import ROOT

SCRIPT = """
import newsclaims, pathlib
assert not pathlib.Path(newsclaims.__file__).is_relative_to({root!r}), newsclaims.__file__
res = newsclaims.extract("date 2025-01-31\\nAbout 11,000 North Korean troops arrived in Russia.", doc_id="w")
assert res.doc._.published == "2025-01-31", res.doc._.published
assert len(res.quantities) >= 1 and len(res.entities) >= 2, res
print("OK", repr(res))
"""


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_repo(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    wheel = next(dist.glob("newsclaims-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run = subprocess.run([str(py), "-c", SCRIPT.format(root=str(ROOT))], cwd=work, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("OK")
    cli = subprocess.run([str(env_dir / "bin" / "newsclaims"), "--help"], cwd=work, capture_output=True, text=True)
    assert cli.returncode == 0 and "extract" in cli.stdout
