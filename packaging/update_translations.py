"""Re-extract the window's strings into the Qt Linguist catalogues and compile them.

    .venv/bin/python packaging/update_translations.py          # lupdate + lrelease
    .venv/bin/python packaging/update_translations.py --check  # exit 1 when anything is stale

Sources: ssc_desktop/ui/**/*.py (not the generated ui/forms modules: lupdate reads the
forms from forms/*.ui directly, so each form string is extracted once) and app.py.

lupdate does not know the modules' `tr()` helpers (`def tr(text): return
QCoreApplication.translate("RosterModel", text)`), so it files their strings under an
empty context; this script moves each such string to the context its module's helper
passes, which is the context the running app asks for. Translations already in the
.ts are kept; strings no longer in the code are dropped (no obsolete entries).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
HELPER = re.compile(r"def _?tr\(text: str\) -> str:\s*\n\s*return QCoreApplication\.translate"
                    r"\(\"(\w+)\", text\)")
# `obj.tr(...)` on a variable: lupdate names the context after the variable; at run time
# Qt looks the string up under the object's class.
VARIABLE_CONTEXTS = {"editor": "MemberEditor", "page": "ReportsPage", "parent": "TargetsPage"}


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[Path]:
    ui = ROOT / "ssc_desktop" / "ui"
    python = [p for p in sorted(ui.rglob("*.py")) if "forms" not in p.relative_to(ui).parts]
    return [ROOT / "ssc_desktop" / "app.py", *python, *sorted((ROOT / "forms").glob("*.ui"))]


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"ssc_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"ssc_desktop_{language}.qm"


def _helper_contexts() -> dict[str, str]:
    found = {}
    for path in sources():
        if path.suffix == ".py":
            match = HELPER.search(path.read_text(encoding="utf-8"))
            if match:
                found[path.name] = match.group(1)
    return found


def extract() -> dict[tuple[str, str], bool]:
    """(context, source) -> plural, for every string of the code, as the app asks for it."""
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "raw.ts"
        subprocess.run([tool("pyside6-lupdate"), "-locations", "absolute", "-no-obsolete",
                        *map(str, sources()), "-ts", str(raw)],
                       check=True, capture_output=True, cwd=ROOT)
        tree = ET.parse(raw)
    helpers = _helper_contexts()
    found: dict[tuple[str, str], bool] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            if name in VARIABLE_CONTEXTS:
                found[(VARIABLE_CONTEXTS[name], source)] = plural
                continue
            if name:
                found[(name, source)] = plural
                continue
            for location in message.iter("location"):
                file = Path(location.get("filename", "")).name
                if file not in helpers:
                    raise SystemExit(f"{file}: tr() without a context helper: {source!r}")
                found[(helpers[file], source)] = plural
    return found


def read_ts(path: Path) -> dict[tuple[str, str], tuple[bool, list[str], str]]:
    """(context, source) -> (plural, translations, type) of an existing catalogue."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if plural:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            out[(name, message.findtext("source") or "")] = (
                plural, forms, translation.get("type", ""))
    return out


def write_ts(path: Path, language: str, entries: dict[tuple[str, str], bool],
             translations: dict[tuple[str, str], list[str]]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[tuple[str, bool]]] = {}
    for (context, source), plural in sorted(entries.items()):
        by_context.setdefault(context, []).append((source, plural))
    for context, messages in by_context.items():
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, plural in messages:
            message = ET.SubElement(node, "message")
            if plural:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            forms = [f for f in translations.get((context, source), []) if f]
            if not forms:
                translation.set("type", "unfinished")
            elif plural:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def update() -> None:
    entries = extract()
    for language in LANGUAGES:
        old = read_ts(ts_path(language))
        kept = {key: forms for key, (_plural, forms, kind) in old.items()
                if key in entries and kind != "unfinished"}
        write_ts(ts_path(language), language, entries, kept)
        release(ts_path(language), qm_path(language))


def problems() -> list[str]:
    """Every way the catalogues disagree with the code; empty when they are up to date."""
    entries = extract()
    found = []
    for language in LANGUAGES:
        catalogue = read_ts(ts_path(language))
        for key in sorted(entries.keys() - catalogue.keys()):
            found.append(f"{language}: missing {key}")
        for key in sorted(catalogue.keys() - entries.keys()):
            found.append(f"{language}: vanished {key}")
        for key, (plural, forms, kind) in sorted(catalogue.items()):
            if kind in ("unfinished", "obsolete", "vanished") or not any(forms):
                found.append(f"{language}: {kind or 'empty'} {key}")
            elif plural != entries.get(key, plural) or (plural and len(forms) < 2):
                found.append(f"{language}: needs singular and plural forms {key}")
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / "fresh.qm"
            release(ts_path(language), fresh)
            if not qm_path(language).exists() or \
                    fresh.read_bytes() != qm_path(language).read_bytes():
                found.append(f"{language}: {qm_path(language).name} is stale; run "
                             "packaging/update_translations.py")
    return found


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        trouble = problems()
        print("\n".join(trouble) or "translations up to date")
        sys.exit(1 if trouble else 0)
    update()
