"""A desktop without the X11 libraries Qt needs gets one sentence naming the packages."""

from __future__ import annotations

import sys

import pytest

from ssc_desktop import app
from ssc_desktop.bootstrap import main

X11 = {"DISPLAY": ":0"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are Linux's")
def test_missing_libraries_are_named_as_packages() -> None:
    have = {"xcb-icccm", "xcb-image", "xcb-shape", "xcb-xkb", "xkbcommon-x11", "xcb-randr",
            "xcb-render-util"}
    missing = app.missing_display_packages(X11, lambda lib: lib if lib in have else None)
    assert missing == ["libxcb-cursor0", "libxcb-keysyms1"]


def test_nothing_is_asked_off_x11() -> None:
    never = lambda lib: None  # noqa: E731 - a finder that finds nothing
    assert app.missing_display_packages({}, never) == []  # no display at all
    assert app.missing_display_packages({**X11, "WAYLAND_DISPLAY": "wayland-0"}, never) == []
    assert app.missing_display_packages({**X11, "QT_QPA_PLATFORM": "offscreen"}, never) == []


def test_the_window_command_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(app, "missing_display_packages", lambda: ["libxcb-cursor0"])
    db = tmp_path / "untouched.sqlite"
    assert main(["--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0" in err
    assert err.count("\n") == 1
    assert not db.exists()
