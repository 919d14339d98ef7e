"""Names, organisations and languages the demo database draws its people from.

The given and family names of each country live in resources/demo/names_<region>.csv, one
name per row with its native-script form when the country writes its names in another
script, so a person from Russia is stored as Ivan / Ivanov with "Иван Иванов" as written,
the way the IUCN Commission System holds them. Names used by one sex only (and the gendered
forms of family names: Ivanov/Ivanova, Kowalski/Kowalska) are marked, so that nobody is
called "Olga Ivanov". Larger countries have larger pools, so a demo of 10,000 members still
reads as 10,000 different people. Region weights are the SSC's 2020 membership shares.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .. import shipped

# Share of SSC members by statutory region, 2020 (domain notes), in per cent.
REGION_WEIGHTS = {
    "africa": 10, "east_europe_north_central_asia": 6, "meso_south_america": 11,
    "north_america_caribbean": 22, "oceania": 5, "south_east_asia": 17, "west_asia": 1,
    "west_europe": 28,
}


class Name(NamedTuple):
    roman: str
    native: str  # "" when the country writes its names in Latin script
    sex: str  # "m" or "f" when only one sex bears it (or this form of it), else ""


@dataclass(frozen=True, slots=True)
class CountryNames:
    code: str
    weight: int
    organisations: tuple[str, ...]
    languages: str
    family_first: bool = False  # how the person writes their own name
    joiner: str = " "
    email_domain: str = ""
    givens: tuple[Name, ...] = field(default=())
    families: tuple[Name, ...] = field(default=())

    def names_for(self, sex: str) -> tuple[tuple[Name, ...], tuple[Name, ...]]:
        """The given and family names a person of this sex ("m" or "f") may bear."""
        return (tuple(n for n in self.givens if n.sex in ("", sex)),
                tuple(n for n in self.families if n.sex in ("", sex)))


def names_dir() -> Path:
    return shipped.folder("demo")


def _load_names(region: str) -> dict[str, dict[str, list[Name]]]:
    path = shipped.path("demo", f"names_{region}.csv")
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    pools: dict[str, dict[str, list[Name]]] = defaultdict(lambda: defaultdict(list))
    for row in csv.DictReader(lines):
        pools[row["country"]][row["kind"]].append(Name(row["name"], row["native"], row["sex"]))
    return pools


def _c(code: str, weight: int, orgs: str, languages: str, **kw: object) -> CountryNames:
    return CountryNames(code, weight, tuple(orgs.split("; ")), languages,
                        **kw)  # type: ignore[arg-type]


def _with_names(countries: dict[str, tuple[CountryNames, ...]],
                ) -> dict[str, tuple[CountryNames, ...]]:
    filled: dict[str, tuple[CountryNames, ...]] = {}
    for region, pool in countries.items():
        names = _load_names(region)
        missing = [c.code for c in pool if not (names[c.code]["given"]
                                                and names[c.code]["family"])]
        if missing:
            raise ValueError(f"names_{region}.csv has no names for {', '.join(missing)}")
        filled[region] = tuple(
            CountryNames(c.code, c.weight, c.organisations, c.languages, c.family_first,
                         c.joiner, c.email_domain, tuple(names[c.code]["given"]),
                         tuple(names[c.code]["family"]))
            for c in pool)
    return filled


COUNTRIES: dict[str, tuple[CountryNames, ...]] = _with_names({
    "west_europe": (
        _c("ES", 5, "Estación Biológica de Doñana (CSIC); Museo Nacional de Ciencias Naturales; "
           "Universidad de Salamanca", "Spanish, English", email_domain="csic.es"),
        _c("NO", 2, "Norwegian Institute for Nature Research (NINA); University of Oslo",
           "Norwegian, English", email_domain="nina.no"),
        _c("DE", 5, "Senckenberg Gesellschaft für Naturforschung; "
           "Technische Universität Braunschweig; "
           "Zoologisches Forschungsmuseum Alexander Koenig", "German, English",
           email_domain="senckenberg.de"),
        _c("FR", 5, "Muséum national d'Histoire naturelle; CNRS; "
           "Office français de la biodiversité",
           "French, English", email_domain="mnhn.fr"),
        _c("GB", 6, "Zoological Society of London; Durrell Wildlife Conservation Trust; "
           "University of Kent; Natural History Museum, London", "English",
           email_domain="zsl.org"),
        _c("IT", 3, "Università degli Studi di Milano; MUSE - Museo delle Scienze",
           "Italian, English",
           email_domain="unimi.it"),
        _c("PT", 1, "CIBIO-InBIO, Universidade do Porto", "Portuguese, English, Spanish",
           email_domain="cibio.up.pt"),
        _c("NL", 2, "Naturalis Biodiversity Center; RAVON",
           "Dutch, English", email_domain="naturalis.nl"),
        _c("TR", 1, "Ege Üniversitesi; Doğa Derneği",
           "Turkish, English", email_domain="ege.edu.tr"),
        _c("GR", 1, "Natural History Museum of Crete; "
           "National and Kapodistrian University of Athens",
           "Greek, English", email_domain="nhmc.uoc.gr"),
        _c("IL", 1, "Tel Aviv University; Israel Nature and Parks Authority", "Hebrew, English",
           email_domain="tauex.tau.ac.il"),
        _c("CH", 1, "info fauna karch; University of Zurich", "German, French, English",
           email_domain="unine.ch"),
    ),
    "east_europe_north_central_asia": (
        _c("PL", 3, "Uniwersytet Wrocławski; Polish Academy of Sciences", "Polish, English",
           email_domain="uwr.edu.pl"),
        _c("RU", 3, "Zoological Institute, Russian Academy of Sciences; Moscow State University",
           "Russian, English", email_domain="zin.ru"),
        _c("UA", 1, "Schmalhausen Institute of Zoology",
           "Ukrainian, English", email_domain="izan.kiev.ua"),
        _c("CZ", 1, "Charles University; Nature Conservation Agency of the Czech Republic",
           "Czech, English", email_domain="natur.cuni.cz"),
        _c("RO", 1, "Ovidius University of Constanța",
           "Romanian, English", email_domain="univ-ovidius.ro"),
        _c("GE", 1, "Ilia State University",
           "Georgian, Russian, English", email_domain="iliauni.edu.ge"),
        _c("KZ", 1, "Institute of Zoology, Almaty",
           "Kazakh, Russian, English", email_domain="zool.kz"),
    ),
    "north_america_caribbean": (
        _c("US", 14, "Smithsonian Institution; Wildlife Conservation Society; "
           "Amphibian Survival Alliance; "
           "U.S. Geological Survey; University of Maryland; Conservation International",
           "English", email_domain="si.edu"),
        _c("CA", 4, "Université de Montréal; Canadian Wildlife Service; Toronto Zoo",
           "English, French", email_domain="umontreal.ca"),
        _c("CU", 1, "Instituto de Ecología y Sistemática", "Spanish", email_domain="ecologia.cu"),
        _c("JM", 1, "University of the West Indies, Mona",
           "English", email_domain="uwimona.edu.jm"),
        _c("DO", 1, "Museo Nacional de Historia Natural Prof. Eugenio de Jesús Marcano", "Spanish",
           email_domain="mnhn.gov.do"),
    ),
    "meso_south_america": (
        _c("BR", 4, "Museu Paraense Emílio Goeldi; Universidade Estadual Paulista (UNESP); "
           "Instituto Chico Mendes de Conservação da Biodiversidade", "Portuguese, English",
           email_domain="unesp.br"),
        _c("MX", 2, "Universidad Nacional Autónoma de México; CONABIO", "Spanish, English",
           email_domain="ib.unam.mx"),
        _c("CO", 2, "Instituto Alexander von Humboldt; Universidad de los Andes",
           "Spanish, English",
           email_domain="humboldt.org.co"),
        _c("EC", 1, "Pontificia Universidad Católica "
           "del Ecuador", "Spanish, English", email_domain="puce.edu.ec"),
        _c("AR", 1, "CONICET; Fundación Temaikèn",
           "Spanish, English", email_domain="conicet.gov.ar"),
        _c("CR", 1, "Universidad de Costa Rica", "Spanish, English", email_domain="ucr.ac.cr"),
    ),
    "south_east_asia": (
        _c("CN", 5, "Kunming Institute of Zoology, Chinese Academy of Sciences; "
           "Chengdu Institute of Biology; Peking University", "Chinese, English",
           family_first=True, joiner="", email_domain="cib.ac.cn"),
        _c("IN", 4, "Wildlife Institute of India; University of Delhi; Zoo Outreach Organisation",
           "Hindi, English", email_domain="wii.gov.in"),
        _c("VN", 2, "Vietnam National Museum of Nature; "
           "Institute of Ecology and Biological Resources",
           "Vietnamese, English", family_first=True, email_domain="vnmn.vast.vn"),
        _c("JP", 2, "Kyoto University; National Museum of Nature and Science", "Japanese, English",
           family_first=True, joiner="", email_domain="kyoto-u.ac.jp"),
        _c("KR", 1, "National Institute of Biological Resources", "Korean, English",
           family_first=True, joiner="", email_domain="korea.kr"),
        _c("TH", 1, "Khon Kaen University", "Thai, English", email_domain="kku.ac.th"),
        _c("ID", 1, "Institut Teknologi Bandung; IPB "
           "University", "Indonesian, English", email_domain="itb.ac.id"),
        _c("MY", 1, "Universiti Malaysia Sarawak",
           "Malay, English", email_domain="unimas.my"),
        _c("PH", 1, "National Museum of the Philippines",
           "Filipino, English", email_domain="nmp.gov.ph"),
        _c("LK", 1, "University of Peradeniya", "Sinhala, English", email_domain="pdn.ac.lk"),
    ),
    "oceania": (
        _c("AU", 4, "CSIRO; James Cook University; Taronga Conservation Society Australia",
           "English", email_domain="jcu.edu.au"),
        _c("NZ", 1, "Department of Conservation | Te Papa Atawhai; University of Otago",
           "English, Māori", email_domain="doc.govt.nz"),
        _c("PG", 1, "University of Papua New Guinea",
           "English, Tok Pisin", email_domain="upng.ac.pg"),
        _c("FJ", 1, "NatureFiji-MareqetiViti",
           "English, Fijian", email_domain="naturefiji.org"),
    ),
    "africa": (
        _c("KE", 2, "National Museums of Kenya; Kenya Wildlife Service", "English, Swahili",
           email_domain="museums.or.ke"),
        _c("ZA", 2, "South African National Biodiversity Institute; Stellenbosch University",
           "English, Afrikaans, isiZulu", email_domain="sanbi.org.za"),
        _c("MG", 2, "Université d'Antananarivo; Madagasikara Voakajy", "Malagasy, French, English",
           email_domain="univ-antananarivo.mg"),
        _c("EG", 1, "Egyptian Environmental Affairs Agency; Cairo University", "Arabic, English",
           email_domain="eeaa.gov.eg"),
        _c("CM", 1, "Université de Yaoundé I", "French, English", email_domain="uy1.uninet.cm"),
        _c("NG", 1, "University of Lagos",
           "English, Yoruba", email_domain="unilag.edu.ng"),
        _c("SN", 1, "Université Cheikh Anta Diop",
           "French, Wolof", email_domain="ucad.edu.sn"),
        _c("ET", 1, "Addis Ababa University", "Amharic, English", email_domain="aau.edu.et"),
    ),
    "west_asia": (
        _c("SA", 1, "King Saud University", "Arabic, English", email_domain="ksu.edu.sa"),
        _c("IR", 1, "University of Tehran", "Persian, English", email_domain="ut.ac.ir"),
        _c("JO", 1, "Royal Society for the Conservation of Nature", "Arabic, English",
           email_domain="rscn.org.jo"),
    ),
})

POSITIONS = (
    "Professor", "Associate Professor", "Senior Lecturer", "Research Scientist",
    "Curator of Herpetology", "PhD candidate", "Postdoctoral Researcher", "Conservation Officer",
    "Programme Manager", "Wildlife Veterinarian", "Director", "Field Biologist",
    "Independent consultant", "Keeper, Amphibian Conservation Centre", "Policy Adviser",
)

EXPERTISE = (
    "chytridiomycosis", "Batrachochytrium salamandrivorans", "captive breeding",
    "population monitoring", "taxonomy", "bioacoustics", "eDNA", "habitat restoration",
    "Red List assessment", "salamanders", "caecilians", "treefrogs", "climate change",
    "disease ecology", "community-based conservation", "environmental policy",
    "species distribution modelling", "ex-situ conservation", "wildlife trade",
    "conservation planning", "freshwater ecology", "genetics", "education and outreach",
)

NOTES = (
    "Met at the World Congress of Herpetology; keen to lead a regional assessment.",
    "Prefers to be contacted on the alternate address during field season (Jun-Sep).",
    "Recommended by the regional vice-chair.",
    "Co-author of the regional action plan.",
    "Offline most of the year at the field station; reply slowly.",
)
