"""Reference data: the shipped CSV files and their loader."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from ssc_desktop.domain.countries import fold_name
from ssc_desktop.domain.errors import UserError
from ssc_desktop.domain.reference import (
    Reference,
    ReferenceDataError,
    load_ksr_file,
    reference,
    reference_dir,
)

REGION_NAMES = [
    "Africa",
    "Meso and South America",
    "North America and the Caribbean",
    "South and East Asia",
    "West Asia",
    "Oceania",
    "East Europe, North and Central Asia",
    "West Europe",
]


@pytest.fixture(scope="module")
def ref() -> Reference:
    return reference()


# --------------------------------------------------------------------------- files


def test_every_csv_starts_with_a_source_line():
    files = sorted(reference_dir().glob("*.csv"))
    assert len(files) >= 11
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# source:"), path.name


def test_country_source_line_says_provisional():
    first = (reference_dir() / "countries.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "PROVISIONAL" in first and "verify" in first


def test_reference_is_loaded_once(ref):
    assert reference() is ref


def test_resources_folder_can_be_overridden(tmp_path, monkeypatch):
    shutil.copytree(reference_dir(), tmp_path / "reference")
    monkeypatch.setenv("SSC_DESKTOP_RESOURCES", str(tmp_path))
    assert reference_dir() == tmp_path / "reference"
    assert len(Reference(reference_dir()).countries) == 250


# --------------------------------------------------------------------------- regions


def test_eight_regions_with_exact_names(ref):
    assert [r.name for r in ref.regions.values()] == REGION_NAMES
    assert list(ref.regions) == [
        "africa", "meso_south_america", "north_america_caribbean", "south_east_asia",
        "west_asia", "oceania", "east_europe_north_central_asia", "west_europe",
    ]


# --------------------------------------------------------------------------- countries


def test_all_iso_codes_plus_kosovo(ref):
    assert len(ref.countries) == 250
    assert "XK" in ref.countries and ref.countries["XK"].name == "Kosovo"
    for code, country in ref.countries.items():
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert country.code == code
        assert country.region in ref.regions


def test_every_region_has_countries(ref):
    used = {c.region for c in ref.countries.values()}
    assert used == set(ref.regions)


def test_no_alias_shared_by_two_countries(ref):
    owner: dict[str, str] = {}
    for country in ref.countries.values():
        for name in (country.name, *country.aliases):
            key = fold_name(name)
            assert owner.setdefault(key, country.code) == country.code, name


def test_no_alias_is_another_countrys_code(ref):
    for country in ref.countries.values():
        for alias in country.aliases:
            other = ref.countries.get(alias.upper())
            assert other is None or other is country, alias


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UK", "GB"), ("USA", "US"), ("The Netherlands", "NL"), ("Viet Nam", "VN"),
        ("Vietnam", "VN"), ("Russia", "RU"), ("South Korea", "KR"), ("Türkiye", "TR"),
        ("Turkey", "TR"), ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("  france ", "FR"), ("de", "DE"),
        ("México", "MX"), ("Pays-Bas", "NL"), ("España", "ES"), ("U.S.A.", "US"),
        ("united  states\u00a0of america", "US"), ("Cote d Ivoire", "CI"),
        ("St. Lucia", "LC"), ("Trinidad & Tobago", "TT"), ("Congo-Kinshasa", "CD"),
        ("Congo", "CG"), ("Swaziland", "SZ"), ("Cape Verde", "CV"), ("Burma", "MM"),
        ("East Timor", "TL"), ("Macedonia", "MK"), ("Holy See", "VA"), ("Kosovo", "XK"),
        ("xk", "XK"), ("Allemagne", "DE"), ("Brasil", "BR"), ("Etats-Unis", "US"),
    ],
)
def test_resolve_country(ref, text, code):
    country = ref.resolve_country(text)
    assert country is not None and country.code == code


@pytest.mark.parametrize("text", ["Atlantis", "", "   ", None, "ZZ", "Korea"])
def test_unresolved_country_is_none(ref, text):
    assert ref.resolve_country(text) is None


def test_country_suggestions(ref):
    assert ref.resolve_country("Frnace") is None
    assert ref.countries["FR"] in ref.country_suggestions("Frnace")
    assert len(ref.country_suggestions("Germny", limit=2)) <= 2
    assert ref.country_suggestions("") == []


def test_region_of(ref):
    assert ref.region_of("fr").name == "West Europe"
    assert ref.region_of("MX").code == "meso_south_america"
    assert ref.region_of("PR").code == "north_america_caribbean"
    assert ref.region_of("TL").code == "south_east_asia"
    assert ref.region_of("ZZ") is None
    assert ref.region_of(None) is None


def test_provisional_flags(ref):
    for code in ("AF", "IL", "TR", "PL", "AQ", "GL", "RE", "PR"):
        assert ref.countries[code].provisional, code
    for code in ("FR", "US", "KE", "JP", "BR"):
        assert not ref.countries[code].provisional, code


# --------------------------------------------------------------------------- small tables


def test_group_types_and_taxonomic_sets(ref):
    assert len(ref.group_types) == 6
    assert [g.code for g in ref.group_types.values() if g.time_bound] == ["task_force"]
    assert len(ref.taxonomic_sets) == 8
    assert ref.taxonomic_sets["cross_cutting"].name == "Cross-cutting (disciplinary)"


def test_roles(ref):
    assert len(ref.roles) == 14
    assert {r.code for r in ref.roles.values() if r.counts_as_chair} == {"chair", "co_chair"}
    leaders = {r.code for r in ref.roles.values() if r.leader_audience == "leader"}
    assert leaders == {"chair", "co_chair", "rlac"}
    assert ref.roles["steering_committee"].leader_audience == "steering_committee"
    orders = [r.sort_order for r in ref.roles.values()]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)


def test_statuses_and_end_reasons(ref):
    assert len(ref.statuses) == 12
    assert {s.stage for s in ref.statuses.values()} == {"pipeline", "active", "ended"}
    ended = {c: s.name for c, s in ref.statuses.items() if s.stage == "ended"}
    assert {c: e.name for c, e in ref.end_reasons.items()} == ended


def test_quadrennia(ref):
    q = ref.quadrennia["2021-2025"]
    assert (q.starts_on, q.ends_on) == (date(2021, 9, 11), date(2025, 10, 15))
    assert list(ref.quadrennia) == ["2017-2020", "2021-2025", "2026-2029"]
    spans = list(ref.quadrennia.values())
    for before, after in zip(spans, spans[1:], strict=False):
        assert before.ends_on < after.starts_on


# --------------------------------------------------------------------------- KSRs


def test_objectives(ref):
    assert [(o.letter, o.code) for o in ref.objectives] == [
        ("a", "network"), ("b", "assess"), ("c", "plan"), ("d", "act"), ("e", "communicate"),
    ]


def test_ksrs_2021_2025(ref):
    ksrs = ref.ksrs_for("2021-2025")
    assert [k.number for k in ksrs] == list(range(1, 14))
    expected = ["network"] * 4 + ["assess"] * 3 + ["plan"] * 2 + ["act"] * 2 + ["communicate"] * 2
    assert [k.objective_code for k in ksrs] == expected
    assert all(k.title and "\n" not in k.title for k in ksrs)
    assert ksrs[4].title == "Improve and publish biodiversity and conservation knowledge."
    assert ksrs[5].title.startswith("Expand the coverage")
    assert "Key Biodiversity Areas (KBAs)" in ksrs[5].title
    assert ksrs[3].title.startswith("Catalyse") and ksrs[10].title.startswith("Catalyze")
    assert ref.ksrs_for("1999-2002") == []


# --------------------------------------------------------------------------- documents


def test_documents(ref):
    docs = ref.documents
    assert [d.number for d in docs] == list(range(1, 22))
    assert sum(d.category == "Governance Framework" for d in docs) == 10
    assert sum(d.category == "Terms of Reference" for d in docs) == 11
    assert docs[9].members == "When engaging in CITES discussions"
    assert docs[12].members == "When part of a Committee"
    assert docs[1].members == ""
    assert all(d.steering_committee == "x" for d in docs)


def test_document_requirement_by_audience(ref):
    doc14 = ref.documents[13]  # ToR of the Chair of the IUCN Red List Committee
    assert doc14.requirement("leader") == "x"
    assert doc14.requirement("leader", cross_cutting=True) == ""
    assert doc14.requirement("member") == ""
    assert doc14.requirement("steering_committee") == "x"


# --------------------------------------------------------------------------- KSR files

HEADER = "quadrennium,number,objective_code,objective_name,title\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "ksrs_2026-2029.csv"
    path.write_text("# source: test\n" + header + body, encoding="utf-8")
    return path


def test_load_ksr_file_ok(tmp_path):
    path = write(tmp_path, "2026-2029,1,network,Network,Do this.\n2026-2029,2,act,Act,That.\n")
    ksrs = load_ksr_file(path)
    assert [(k.number, k.objective_code) for k in ksrs] == [(1, "network"), (2, "act")]


def test_load_ksr_file_without_source_line(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text(HEADER + "2026-2029,1,plan,Plan,Plan it.\n", encoding="utf-8")
    assert load_ksr_file(path)[0].title == "Plan it."


@pytest.mark.parametrize(
    ("body", "row", "column"),
    [
        ("2026-2029,1,network,Network,A.\n2026-2029,,assess,Assess,B.\n", 4, "number"),
        ("2026-2029,one,network,Network,A.\n", 3, "number"),
        ("2026-2029,1,network,Network,A.\n2026-2029,2,bogus,Bogus,B.\n", 4, "objective_code"),
        ("2026-2029,1,network,Network,A.\n2026-2029,1,act,Act,B.\n", 4, "number"),
    ],
    ids=["missing-number", "non-integer-number", "unknown-objective", "duplicate-number"],
)
def test_load_ksr_file_errors(tmp_path, body, row, column):
    path = write(tmp_path, body)
    with pytest.raises(ReferenceDataError) as info:
        load_ksr_file(path)
    assert isinstance(info.value, ValueError) and isinstance(info.value, UserError)
    assert (info.value.row, info.value.column) == (row, column)
    message = str(info.value)
    assert path.name in message
    assert f"row {row}" in message
    assert f"column '{column}'" in message


def test_load_ksr_file_missing_column(tmp_path):
    path = write(tmp_path, "2026-2029,1,Network,A.\n",
                 header="quadrennium,number,objective_name,title\n")
    with pytest.raises(ReferenceDataError, match=r"row 2, column 'objective_code'"):
        load_ksr_file(path)


def test_load_ksr_file_missing_file(tmp_path):
    with pytest.raises(ReferenceDataError, match="not found"):
        load_ksr_file(tmp_path / "nope.csv")


# --------------------------------------------------------------------------- bad shipped files


def test_malformed_shipped_file_names_file_and_row(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    path = folder / "countries.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = lines[5].replace(lines[5].split(",")[2], "atlantis", 1)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"countries\.csv, row 6, column 'region'"):
        Reference(folder)


def test_missing_source_line_is_an_error(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    path = folder / "regions.csv"
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[1:]),
                    encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"regions\.csv, row 1"):
        Reference(folder)


def test_duplicate_alias_is_an_error(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    path = folder / "countries.csv"
    text = path.read_text(encoding="utf-8").replace("Holland|", "Holland|Deutschland|", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="Deutschland"):
        Reference(folder)


def test_shipped_ksr_file_needs_a_known_quadrennium(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    (folder / "ksrs_2030-2033.csv").write_text(
        "# source: test\n" + HEADER + "2030-2033,1,network,Network,A.\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"ksrs_2030-2033\.csv, row 3, column 'quadr"):
        Reference(folder)
