"""The quarterly report: figures from a known dated history, read back from the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssc_desktop import cli
from ssc_desktop.domain.errors import UserError
from ssc_desktop.exchange import pdf_style
from ssc_desktop.exchange.quarterly_report import ReportOptions, quarterly_report
from ssc_desktop.services import invitations, reporting, roster
from ssc_desktop.services.reporting_dto import SECTIONS

REPORT_DAY = date(2025, 10, 5)  # 2025-Q3 is complete
Q3 = "2025-Q3"
NAMES = {  # given, family, country, gender
    "vi": ("Thị Hương", "Đặng", "VN", "woman"),
    "uk": ("Ірина", "Коваленко", "UA", "woman"),
    "el": ("Γιώργος", "Παπαδόπουλος", "GR", "man"),
    "es": ("José", "Muñoz", "ES", "man"),
    "sv": ("Zoë", "Ångström", "SE", "woman"),
    "pt": ("Ana", "Silva", "BR", None),
}


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def history(db, group, term, add_member):
    """A group whose 2025-Q3 is known by heart (see the expected figures below)."""
    ids = {key: add_member(g, f, country=c, gender=gen) for key, (g, f, c, gen)
           in NAMES.items()}
    roster.end_membership(db, ids["pt"], "removed", date(2025, 6, 1))  # before Q3
    roster.end_membership(db, ids["sv"], "resigned", date(2025, 8, 10))  # left in Q3

    def proposed(given: str, family: str, country: str = "KE") -> str:
        return add_member(given, family, country=country, status="proposed")

    joined = proposed("Wanjiru", "Kamau")
    invitations.invite(db, [joined], date(2025, 7, 1))
    invitations.mark_accepted(db, [joined], date(2025, 7, 20))
    invitations.validate(db, [joined], date(2025, 8, 1))  # joined in Q3
    silent = proposed("Otieno", "Mwangi")
    invitations.invite(db, [silent], date(2025, 8, 1), deadline_days_=30)
    invitations.remind(db, [silent], date(2025, 8, 20))  # overdue at 30 Sep
    recent = proposed("Amani", "Njoroge")
    invitations.invite(db, [recent], date(2025, 9, 20), deadline_days_=30)  # still in time
    declined = proposed("Baraka", "Odhiambo")
    invitations.invite(db, [declined], date(2025, 7, 5))
    invitations.mark_declined(db, [declined], date(2025, 7, 25))
    late = proposed("Chiku", "Wafula")
    invitations.invite(db, [late], date(2025, 7, 10))
    invitations.mark_accepted(db, [late], date(2025, 8, 15))
    invitations.validate(db, [late], date(2025, 10, 2))  # after the quarter: not joined
    return ids


def test_figures_follow_the_dated_history(db, group, history):
    f = reporting.quarterly_figures(db, group.id, Q3, today=REPORT_DAY)
    m = f.membership
    assert (m.active_at_start, m.active_at_end, m.joined, m.left) == (5, 5, 1, 1)
    assert [j.name for j in m.joiners] == ["Kamau, Wanjiru"]
    assert [(v.name, v.status) for v in m.leavers] == [("Ångström, Zoë", "resigned")]
    assert {c.code: c.count for c in m.by_status} == {
        "active": 5, "accepted": 1, "invited": 2, "declined": 1, "resigned": 1, "removed": 1}
    i = f.invitations
    assert (i.sent, i.accepted, i.declined, i.outstanding, i.overdue) == (5, 2, 1, 2, 1)
    assert [(r.name, r.reminders, r.days_overdue) for r in i.overdue_rows] == [
        ("Mwangi, Otieno", 1, 30)]
    assert f.onboarding.members == 6  # 5 active + 1 accepted awaiting validation
    assert len(f.roster) == 6 and f.complete_quarter


def test_the_printed_counts_are_the_queried_counts(db, group, history, tmp_path):
    out = tmp_path / "q3.pdf"
    result = quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    f = result.figures
    text = squash(text_of(out))
    m = f.membership
    assert f"Members at 30 Jun 2025 {m.active_at_start}" in text
    assert f"Members at 30 Sep 2025 {m.active_at_end}" in text
    assert f"Joined (validated) in the quarter {m.joined}" in text
    assert f"Left the group in the quarter {m.left}" in text
    i = f.invitations
    assert f"Invitations sent in the quarter {i.sent}" in text
    assert f"Outstanding at 30 Sep 2025 {i.outstanding}" in text
    assert f"Of which past their deadline {i.overdue}" in text
    assert "Mwangi, Otieno 1 Aug 2025 31 Aug 2025 1 30" in text
    o = f.onboarding
    assert f"Code of Conduct accepted {o.code_of_conduct} of {o.members}" in text
    assert f"Page 1 of {result.pages}" in text and f"Page {result.pages} of {result.pages}" in text
    # Empty sections say so in one sentence instead of printing a fake.
    assert "No targets have been recorded for the 2021-2025 quadrennium." in text
    assert "No intervention letters were requested this quarter" in text


def test_non_latin_names_come_out_as_text(db, group, history, tmp_path):
    out = tmp_path / "names.pdf"
    quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    text = text_of(out)
    for given, family, _, _ in NAMES.values():
        if family in ("Silva", "Ångström"):  # left before the quarter's end
            continue
        assert f"{family}, {given}" in text
    assert "Ångström, Zoë" in text  # in "Left during the quarter"


def test_fonts_are_embedded(db, group, history, tmp_path):
    out = tmp_path / "fonts.pdf"
    quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    embedded, used = set(), set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            used.add(name)
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(name)
    assert any(n.endswith("+DejaVuSans") for n in embedded)
    assert any(n.endswith("+DejaVuSans-Bold") for n in embedded)
    # Every font the file names is embedded (not even reportlab's default Helvetica).
    assert used == embedded


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612, 792))])
def test_paper_size(db, group, history, tmp_path, paper, size):
    out = tmp_path / f"{paper}.pdf"
    quarterly_report(db, group.id, Q3, out, ReportOptions(paper=paper), today=REPORT_DAY)
    for page in PdfReader(out).pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == pytest.approx(size,
                                                                                          abs=0.2)


def test_large_roster_splits_with_repeated_headers(db, group, add_member, tmp_path):
    for n in range(140):
        add_member(f"Member{n:03d}", f"Family{n:03d}", country="FR")
    out = tmp_path / "big.pdf"
    result = quarterly_report(db, group.id, Q3, out,
                              ReportOptions(sections=("membership", "roster")),
                              today=REPORT_DAY)
    pages = [squash(p.extract_text()) for p in PdfReader(out).pages]
    roster_pages = [p for p in pages if "Family" in p and "# Name Country Region Roles" in p]
    assert len(roster_pages) >= 3  # split, with the header row on every page
    assert sum(len(re.findall(r"Family\d{3}, Member\d{3}", p)) for p in pages) == 140
    assert result.figures.membership.active_at_end == 140


def test_small_categories_are_combined_and_main_ones_stay(db, group, add_member, tmp_path):
    for n in range(7):
        add_member(f"W{n}", "Woman", gender="woman", age_band="35_49")
    for n in range(6):
        add_member(f"M{n}", "Man", gender="man", age_band="under_35")
    for n in range(3):
        add_member(f"U{n}", "Unknown", gender="undisclosed")
    f = reporting.quarterly_figures(db, group.id, Q3, today=REPORT_DAY)
    gender = {c.code: c.count for c in f.gender.rows}
    # 3 "prefer not to say" are combined (and, under 5, hidden); women and men stay.
    assert gender == {"woman": 7, "man": 6, "other": None}
    age = {c.code: c.count for c in f.age.rows}
    assert age == {"under_35": 6, "35_plus": 7, "other": None}
    out = tmp_path / "balance.pdf"
    quarterly_report(db, group.id, Q3, out, ReportOptions(sections=("balance",)),
                     today=REPORT_DAY)
    text = squash(text_of(out))
    assert "Woman 7 44%" in text and "Man 6 38%" in text
    assert "Another answer or not recorded not shown" in text
    assert "Prefers not to say" not in text and " 3 " not in text.split("Gender")[-1]


def test_a_group_under_the_threshold_shows_no_gender_or_age(db, group, add_member, tmp_path):
    add_member("Ana", "Silva", gender="woman", age_band="under_35")
    add_member("Bea", "Souza", gender="woman", age_band="35_49")
    add_member("Carl", "Lima", gender="man", age_band="50_64")
    f = reporting.quarterly_figures(db, group.id, Q3, today=REPORT_DAY)
    assert f.gender.rows == () and f.age.rows == () and f.gender.total == 3
    out = tmp_path / "small.pdf"
    quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    text = squash(text_of(out))
    balance = text.split("Gender and age balance")[-1].split("Invitations")[0]
    assert "fewer than 5 people are counted" in balance
    assert "Woman" not in text and "Under 35" not in text and "Man " not in balance


def test_one_named_leaver_cannot_be_differenced(db, group, add_member, tmp_path):
    """Q2 and Q3 reports side by side must not reveal the one Q3 leaver's gender."""
    for n in range(8):
        add_member(f"W{n}", "Woman", gender="woman")
    men = [add_member(f"M{n}", "Man", gender="man") for n in range(8)]
    roster.end_membership(db, men[0], "resigned", date(2025, 8, 10))
    q2 = reporting.quarterly_figures(db, group.id, "2025-Q2", today=REPORT_DAY)
    q3 = reporting.quarterly_figures(db, group.id, Q3, today=REPORT_DAY)
    assert q2.membership.left == 0 and q3.membership.left == 1
    assert {c.code: c.count for c in q2.gender.rows}["man"] == 8
    assert q3.gender.rows == () and q3.age.rows == ()
    out = tmp_path / "q3.pdf"
    quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    text = squash(text_of(out))
    assert "Man, M0" in text  # the leaver is named ...
    balance = text.split("Gender and age balance")[-1].split("Invitations")[0]
    assert "fewer than 5 people joined or left" in balance  # ... and no count beside
    assert not re.search(r"\b(7|8)\b", balance)


def test_cjk_names_print_with_a_fallback_or_are_named_in_a_warning(
        db, group, add_member, tmp_path, monkeypatch):
    add_member("小明", "王", country="CN")
    out = tmp_path / "cjk.pdf"
    result = quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    if pdf_style.fonts().fallback:
        assert "王, 小明" in text_of(out) and not result.warnings
    else:
        assert "王, 小明" in result.warnings[0]
    # Without any other font, the name is transliterated (never boxes) and flagged.
    bare = pdf_style.ReportFonts(search=False)
    assert bare.fallback is None and not bare.printable("王小明")
    assert bare.markup("Wang 王") == "Wang Wang"


FONT_PROBES = {"Chinese": "王小明", "Japanese": "山田花子", "Korean": "김민준",
               "Devanagari": "प्रिया शर्मा", "Thai": "สมชาย"}


@pytest.mark.parametrize("script", sorted(FONT_PROBES))
def test_each_script_prints_with_an_installed_font_that_has_it(script, tmp_path):
    """Every name prints in the first installed font that covers its characters."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ssc_desktop.exchange.pdf_fonts import fonts_covering

    name = FONT_PROBES[script]
    letter = next(ch for ch in name if not pdf_style.fonts().covers(ch))
    if shutil.which("fc-list") is None or not any(
            p.suffix.lower() in (".ttf", ".ttc") for p in fonts_covering(letter)):
        pytest.skip(f"no TrueType font for {script} is installed here (on Debian/Ubuntu: "
                    "fonts-wqy-zenhei for Chinese and Japanese, fonts-nanum for Korean, "
                    "fonts-noto-core for Devanagari and Thai)")
    fonts = pdf_style.fonts()
    font = fonts.font_of(letter)
    if font is None:  # only CFF (OpenType) faces, which reportlab cannot embed
        pytest.skip(f"the {script} fonts installed here are not TrueType outlines")
    assert fonts.printable(name) and f'<font name="{font}">' in fonts.markup(name)
    out = tmp_path / "names.pdf"
    SimpleDocTemplate(str(out)).build([Paragraph(fonts.markup(f"Ana {name}"),
                                                 pdf_style.styles().body)])
    page = PdfReader(out).pages[0]
    used = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()} - {
        "/Helvetica"}  # the page template's default, unused
    # DejaVu Sans for "Ana", the installed font (embedded, subset) for the name.
    assert len(used) == 2 and any(f.endswith("+DejaVuSans") for f in used)
    if script not in ("Devanagari", "Thai"):  # reordered or combined: text differs
        assert name in page.extract_text()


def test_names_of_several_scripts_take_each_its_own_font():
    fonts = pdf_style.fonts()
    names = [n for n in FONT_PROBES.values() if fonts.printable(n)]
    chosen = {fonts.font_of(next(ch for ch in n if not fonts.covers(ch))) for n in names}
    assert None not in chosen
    korean, chinese = "김", "王"
    if fonts.printable(korean) and fonts.printable(chinese):
        # Both print: from one font that has both (WenQuanYi), or from two.
        assert fonts.font_of(korean) and fonts.font_of(chinese)
    assert not pdf_style.ReportFonts(search=False).printable("김민준")


def test_arabic_and_hebrew_are_shaped_in_visual_order():
    from ssc_desktop.exchange.report_shaping import visual

    assert visual("שלום") == "םולש"
    shaped = visual("نورة")
    assert shaped[0] == "\ufe93" and shaped[-1] == "\ufee7"  # final teh marbuta ... initial noon
    assert pdf_style.is_printable("نورة الجهني")


def test_bad_quarters_are_refused_with_a_sentence(db, group):
    with pytest.raises(UserError, match="write it like 2025-Q3"):
        reporting.quarterly_figures(db, group.id, "Q3 2025", today=REPORT_DAY)
    with pytest.raises(UserError, match="has not started yet"):
        reporting.quarterly_figures(db, group.id, "2026-Q1", today=REPORT_DAY)
    with pytest.raises(UserError, match="not a section"):
        ReportOptions(sections=("gossip",))


def test_command_line(db, db_location, group, history, tmp_path, capsys):
    db.close()
    out = tmp_path / "cli.pdf"
    args = ["report", "quarterly", "--db", db_location, "--group", "OSG", "--quarter", Q3,
            "--paper", "letter", "--no-roster", "-o", str(out)]
    assert cli.main(args) == 0
    assert "Roster appendix" not in text_of(out)
    assert "Wrote" in capsys.readouterr().out
    bad = tmp_path / "bad.pdf"
    assert cli.main([*args[:7], "2025-Q5", "-o", str(bad)]) == 2
    assert "write it like 2025-Q3" in capsys.readouterr().err
    assert cli.main(["report", "quarterly", "--db", db_location, "--group", "Nope",
                     "--quarter", Q3, "-o", str(bad)]) == 2
    assert "There is no group 'Nope'" in capsys.readouterr().err
    assert not bad.exists()


def test_every_section_can_be_printed_alone(db, group, history, tmp_path):
    for section in SECTIONS:
        out = tmp_path / f"{section}.pdf"
        result = quarterly_report(db, group.id, Q3, out, ReportOptions(sections=(section,)),
                                  today=REPORT_DAY)
        assert result.pages >= 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None,
                    reason="pdftoppm (poppler-utils) is not installed")
def test_page_one_renders_to_an_image(db, group, history, tmp_path):
    out = tmp_path / "render.pdf"
    quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True, timeout=60)
    png = next(tmp_path.glob("page*.png"))
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert abs(width - 496) <= 1 and abs(height - 702) <= 1  # A4 at 60 dpi
    shots = Path("/tmp/shots/report")
    if shots.is_dir():  # keep the latest rendering where a developer looks for it
        shutil.copy(png, shots / "test-page-1.png")
