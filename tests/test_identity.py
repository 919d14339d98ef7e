"""Who the app is: one version from the package metadata, `--version` without a display."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop import identity
from ssc_desktop.cli import main

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
LINUX = ROOT / "resources" / "linux"


def test_the_version_comes_from_the_package_metadata():
    assert identity.version() == PROJECT["version"] == ssc_desktop.__version__


def test_version_prints_the_version_and_the_data_folder(capsys):
    assert main(["--version"]) == 0  # the command line returns argparse's exit status
    assert capsys.readouterr().out.splitlines() == [
        f"SSC Desktop {PROJECT['version']}", f"Data folder: {identity.data_dir()}"]


def test_version_needs_no_display_and_never_imports_qt(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    probe = ("import sys\nfrom ssc_desktop.cli import main\ntry:\n    main(['--version'])\n"
             "finally:\n    print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"SSC Desktop {PROJECT['version']}",
                                        f"Data folder: {identity.data_dir()}", "[]"]


def test_the_desktop_entry_names_the_command_and_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{identity.APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == identity.APPLICATION
    assert section["Exec"] == "ssc-desktop"
    assert "ssc-desktop" in PROJECT["gui-scripts"]
    assert section["Icon"] == identity.APP_ID
    assert section["Type"] == "Application" and section["Terminal"] == "false"


def test_the_appstream_metadata_describes_this_release():
    component = ET.parse(LINUX / f"{identity.APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == identity.APP_ID
    assert component.find("launchable").text == f"{identity.APP_ID}.desktop"
    assert component.find("releases/release").get("version") == PROJECT["version"]
    assert component.findtext("provides/binary") == "ssc-desktop"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_the_desktop_entry_is_valid():
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{identity.APP_ID}.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (appstream) is not installed")
def test_the_appstream_metadata_is_valid():
    done = subprocess.run(["appstreamcli", "validate", "--no-net",
                           str(LINUX / f"{identity.APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
