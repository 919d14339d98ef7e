"""A built wheel, installed as a chair's pip would install it, runs from any folder.

The wheel is built from a copy of the sources (the checkout stays clean) and installed
without its dependencies into a fresh venv that sees this test venv's site-packages
through a plain path line (no .pth processing, so this checkout's editable finder is not
loaded); every command runs from an empty temporary folder with no PYTHONPATH, so only
the installed copy of ssc_desktop can be imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info",
                              "__pycache__", "tests", "bench", ".*cache", "*.sqlite")

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None,
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(the venv's bin folder, the environment to run it in)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                  "-w", str(work / "dist"), str(source)], cwd=work)
    assert built.returncode == 0, built.stderr
    wheel = next((work / "dist").glob("ssc_desktop-*.whl"))

    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     cwd=work).stdout.strip())
    (site / "test-venv-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    done = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                 "--no-deps", "--no-index", str(wheel)], cwd=work)
    assert done.returncode == 0, done.stderr

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work / "home"),
               XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_STATE_HOME=str(work / "state"), XDG_CACHE_HOME=str(work / "cache"))
    return env_dir / "bin", env


def test_the_installed_package_is_the_wheel_not_this_checkout(installed, tmp_path):
    bin_dir, env = installed
    shown = _run([str(bin_dir / "python"), "-c",
                  "import importlib.resources as r, ssc_desktop; "
                  "print(ssc_desktop.__file__); print(r.files('ssc_desktop.resources'))"],
                 cwd=tmp_path, env=env)
    assert shown.returncode == 0, shown.stderr
    package, resources = (Path(line) for line in shown.stdout.splitlines())
    assert package.is_relative_to(bin_dir.parent) and not package.is_relative_to(ROOT)
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert resources.parent == package.parent


def test_version_runs_without_a_display(installed, tmp_path):
    bin_dir, env = installed
    bare = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                      "QT_QPA_PLATFORM")}
    shown = _run([str(bin_dir / "ssc-desktop"), "--version"], cwd=tmp_path, env=bare)
    assert shown.returncode == 0, shown.stderr
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert shown.stdout.splitlines() == [
        f"SSC Desktop {version}", f"Data folder: {work_data(env)}"]


def work_data(env: dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "ssc-desktop"


def test_the_icons_and_linux_desktop_files_are_installed(installed):
    bin_dir, _env = installed
    resources = next(bin_dir.parent.glob("lib/python*/site-packages/ssc_desktop/resources"))
    assert (resources / "icons" / "ssc-desktop-16.png").is_file()
    assert (resources / "linux" / "org.iucn.SSCDesktop.desktop").is_file()


@pytest.fixture(scope="module")
def demo(installed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database written by the installed command, from an empty folder."""
    bin_dir, env = installed
    folder = tmp_path_factory.mktemp("demo")
    made = _run([str(bin_dir / "ssc-desktop"), "demo", "--db", "demo.sqlite",
                 "--members", "40"], cwd=folder, env=env)
    assert made.returncode == 0, made.stderr
    assert "Wrote a demo database" in made.stdout
    return folder / "demo.sqlite"


def _copy_demo(demo: Path, folder: Path) -> None:
    """The demo database and the letter attachments folder beside it."""
    shutil.copy(demo, folder / demo.name)
    attachments = demo.with_name(f"{demo.stem}-attachments")
    if attachments.is_dir():
        shutil.copytree(attachments, folder / attachments.name)


def test_demo_and_quarterly_report_run_from_an_empty_folder(installed, demo, tmp_path):
    bin_dir, env = installed
    _copy_demo(demo, tmp_path)  # check reads every attachment back

    today = date.today()
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    report = _run([str(bin_dir / "ssc-desktop"), "report", "quarterly", "--db", "demo.sqlite",
                   "--group", "ASG", "--quarter", quarter, "-o", "report.pdf"],
                  cwd=tmp_path, env=env)
    assert report.returncode == 0, report.stderr
    pdf = PdfReader(tmp_path / "report.pdf")
    assert "Amphibian Specialist Group" in pdf.pages[0].extract_text()
    fonts = {str(font.get("/BaseFont")) for page in pdf.pages
             for font in (page.get("/Resources") or {}).get("/Font", {}).values()}
    assert any("DejaVuSans" in name for name in fonts)

    check = _run([str(bin_dir / "ssc-desktop"), "check", "--db", "demo.sqlite"],
                 cwd=tmp_path, env=env)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_missing_font_in_a_broken_install_is_one_sentence(installed, demo, tmp_path):
    bin_dir, env = installed
    _copy_demo(demo, tmp_path)
    font = next(bin_dir.parent.glob("lib/python*/site-packages/ssc_desktop/resources/fonts"))
    shutil.move(font / "DejaVuSans.ttf", tmp_path / "kept.ttf")
    try:
        report = _run([str(bin_dir / "ssc-desktop"), "report", "quarterly", "--db",
                       "demo.sqlite", "--group", "ASG", "--quarter", "2025-Q3", "-o", "r.pdf"],
                      cwd=tmp_path, env=env)
    finally:
        shutil.move(tmp_path / "kept.ttf", font / "DejaVuSans.ttf")
    assert report.returncode == 2
    assert report.stderr.strip().splitlines() == [
        "ssc-desktop: SSC Desktop is incomplete: its file resources/fonts/DejaVuSans.ttf is "
        "missing; reinstall SSC Desktop."]
    assert not (tmp_path / "r.pdf").exists()


def test_missing_demo_names_in_a_broken_install_are_one_sentence(installed, tmp_path):
    bin_dir, env = installed
    names = next(bin_dir.parent.glob("lib/python*/site-packages/ssc_desktop/resources/demo"))
    shutil.move(names / "names_oceania.csv", tmp_path / "kept.csv")
    try:
        demo = _run([str(bin_dir / "ssc-desktop"), "demo", "--db", "demo.sqlite",
                     "--members", "40"], cwd=tmp_path, env=env)
    finally:
        shutil.move(tmp_path / "kept.csv", names / "names_oceania.csv")
    assert demo.returncode == 2
    assert demo.stderr.strip().splitlines() == [
        "ssc-desktop: SSC Desktop is incomplete: its file resources/demo/names_oceania.csv is "
        "missing; reinstall SSC Desktop."]
    assert not (tmp_path / "demo.sqlite").exists()
