"""Native and ISO country names resolve; suggestions make sense; the CLDR names file is
what Babel gives today."""

from __future__ import annotations

import pytest

from ssc_desktop.domain import country_names
from ssc_desktop.domain.reference import reference, reference_dir


@pytest.mark.parametrize(("written", "code"), [
    ("Россия", "RU"), ("中国", "CN"), ("Norge", "NO"), ("Deutschland", "DE"),
    ("España", "ES"), ("日本", "JP"), ("Ελλάδα", "GR"), ("Україна", "UA"), ("Suomi", "FI"),
    ("Netherlands (Kingdom of the)", "NL"), ("Bahamas, The", "BS"), ("Gambia (the)", "GM"),
    ("Bolivia (Plurinational State of)", "BO"), ("Korea (the Republic of)", "KR"),
    ("Korea (the Democratic People's Republic of)", "KP"),
    ("Congo (the Democratic Republic of the)", "CD"), ("Tanzania, United Republic of", "TZ"),
    ("Virgin Islands (British)", "VG"), ("Iran (Islamic Republic of)", "IR"),
    ("Micronesia (Federated States of)", "FM"), ("UK", "GB"), ("Viet Nam", "VN"),
])
def test_native_and_iso_names_resolve(written, code):
    found = reference().resolve_country(written)
    assert found is not None and found.code == code


def test_suggestions_make_sense():
    ref = reference()
    assert [c.code for c in ref.country_suggestions("Nethrlands (Kingdom of the)")] == ["NL"]
    assert [c.code for c in ref.country_suggestions("Germny")][0] == "DE"
    assert "GB" not in [c.code for c in ref.country_suggestions("Nethrlands (Kingdom of the)")]
    assert ref.resolve_country("Kingdom of Nowhere") is None


def test_the_cldr_names_file_is_what_babel_gives():
    pytest.importorskip("babel")
    path = reference_dir() / country_names.FILE_NAME
    expected = country_names.generate(reference().countries)
    assert path.read_text(encoding="utf-8").splitlines() == expected, (
        "regenerate with: python -m ssc_desktop.domain.country_names")
