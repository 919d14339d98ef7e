"""Names, organisations and languages the demo database draws its people from.

Each country lists given and family names as "Romanised|native" (native optional), so a
person from Russia is stored as Ivan / Ivanov with "Иван Иванов" as written, the way the
IUCN Commission System holds them. Region weights are the SSC's 2020 membership shares.
"""

from __future__ import annotations

from dataclasses import dataclass

# Share of SSC members by statutory region, 2020 (domain notes), in per cent.
REGION_WEIGHTS = {
    "africa": 10, "east_europe_north_central_asia": 6, "meso_south_america": 11,
    "north_america_caribbean": 22, "oceania": 5, "south_east_asia": 17, "west_asia": 1,
    "west_europe": 28,
}


@dataclass(frozen=True, slots=True)
class CountryNames:
    code: str
    weight: int
    givens: tuple[str, ...]
    families: tuple[str, ...]
    organisations: tuple[str, ...]
    languages: str
    family_first: bool = False  # how the person writes their own name
    joiner: str = " "
    email_domain: str = ""


def _c(code: str, weight: int, givens: str, families: str, orgs: str, languages: str,
       **kw: object) -> CountryNames:
    return CountryNames(code, weight, tuple(givens.split(", ")), tuple(families.split(", ")),
                        tuple(orgs.split("; ")), languages, **kw)  # type: ignore[arg-type]


COUNTRIES: dict[str, tuple[CountryNames, ...]] = {
    "west_europe": (
        _c("ES", 5, "José Luis, María, Iñaki, Lucía, Begoña, Álvaro",
           "Núñez, García, Fernández, Ibáñez, Martínez, Peña",
           "Estación Biológica de Doñana (CSIC); Museo Nacional de Ciencias Naturales; "
           "Universidad de Salamanca", "Spanish, English", email_domain="csic.es"),
        _c("NO", 2, "Øystein, Ingrid, Håkon, Solveig, Bjørn",
           "Ødegård, Hansen, Sæther, Løvås, Bråthen",
           "Norwegian Institute for Nature Research (NINA); University of Oslo",
           "Norwegian, English", email_domain="nina.no"),
        _c("DE", 5, "Jürgen, Katharina, Matthias, Anke, Sören",
           "Müller, Schäfer, Weiß, Köhler, Vences",
           "Senckenberg Gesellschaft für Naturforschung; Technische Universität Braunschweig; "
           "Zoologisches Forschungsmuseum Alexander Koenig", "German, English",
           email_domain="senckenberg.de"),
        _c("FR", 5, "Élodie, François, Hélène, Jérôme, Anaïs",
           "Lefèvre, Dubois, Moreau, Pellé, Girard",
           "Muséum national d'Histoire naturelle; CNRS; Office français de la biodiversité",
           "French, English", email_domain="mnhn.fr"),
        _c("GB", 6, "Sarah, James, Fiona, Richard, Helen, Oliver",
           "Smith, Griffiths, O'Brien, Cunningham, Baillie, Garner",
           "Zoological Society of London; Durrell Wildlife Conservation Trust; "
           "University of Kent; Natural History Museum, London", "English",
           email_domain="zsl.org"),
        _c("IT", 3, "Giulia, Francesco, Chiara, Niccolò", "Rossi, Bernardi, Sindaco, Ficetola",
           "Università degli Studi di Milano; MUSE - Museo delle Scienze", "Italian, English",
           email_domain="unimi.it"),
        _c("PT", 1, "João, Inês, Gonçalo", "Gonçalves, Sá, Loureiro",
           "CIBIO-InBIO, Universidade do Porto", "Portuguese, English, Spanish",
           email_domain="cibio.up.pt"),
        _c("NL", 2, "Annemarie, Pieter, Sanne", "van der Meer, de Vries, Spitzen-van der Sluijs",
           "Naturalis Biodiversity Center; RAVON", "Dutch, English", email_domain="naturalis.nl"),
        _c("TR", 1, "Mehmet, Ayşe, Çağla", "Çelik, Öztürk, Yıldız",
           "Ege Üniversitesi; Doğa Derneği", "Turkish, English", email_domain="ege.edu.tr"),
        _c("GR", 1, "Georgios|Γιώργος, Eleni|Ελένη, Dimitrios|Δημήτριος",
           "Papadopoulos|Παπαδόπουλος, Lymberakis|Λυμπεράκης, Pafilis|Παφίλης",
           "Natural History Museum of Crete; National and Kapodistrian University of Athens",
           "Greek, English", email_domain="nhmc.uoc.gr"),
        _c("IL", 1, "Yael|יעל, Noam|נועם", "Cohen|כהן, Gafny|גפני",
           "Tel Aviv University; Israel Nature and Parks Authority", "Hebrew, English",
           email_domain="tauex.tau.ac.il"),
        _c("CH", 1, "Benedikt, Ursina", "Schmidt, Zumbach",
           "info fauna karch; University of Zurich", "German, French, English",
           email_domain="unine.ch"),
    ),
    "east_europe_north_central_asia": (
        _c("PL", 3, "Katarzyna, Łukasz, Małgorzata, Wojciech",
           "Łukasiewicz, Wiśniewska, Ogielska, Żurek",
           "Uniwersytet Wrocławski; Polish Academy of Sciences", "Polish, English",
           email_domain="uwr.edu.pl"),
        _c("RU", 3, "Ivan|Иван, Olga|Ольга, Sergei|Сергей, Natalia|Наталья",
           "Ivanov|Иванов, Kuzmin|Кузьмин, Smirnova|Смирнова, Orlov|Орлов",
           "Zoological Institute, Russian Academy of Sciences; Moscow State University",
           "Russian, English", email_domain="zin.ru"),
        _c("UA", 1, "Oleksandr|Олександр, Iryna|Ірина", "Shevchenko|Шевченко, Kovalenko|Коваленко",
           "Schmalhausen Institute of Zoology", "Ukrainian, English", email_domain="izan.kiev.ua"),
        _c("CZ", 1, "Jiří, Lenka", "Dvořák, Šandera",
           "Charles University; Nature Conservation Agency of the Czech Republic",
           "Czech, English", email_domain="natur.cuni.cz"),
        _c("RO", 1, "Ștefan, Ioana", "Ștefănescu, Cogălniceanu",
           "Ovidius University of Constanța", "Romanian, English", email_domain="univ-ovidius.ro"),
        _c("GE", 1, "Nino|ნინო, Giorgi|გიორგი", "Beridze|ბერიძე, Tarkhnishvili|თარხნიშვილი",
           "Ilia State University", "Georgian, Russian, English", email_domain="iliauni.edu.ge"),
        _c("KZ", 1, "Aigerim|Айгерим, Nurlan|Нурлан", "Dujsebayeva|Дуйсебаева, Bekov|Беков",
           "Institute of Zoology, Almaty", "Kazakh, Russian, English", email_domain="zool.kz"),
    ),
    "north_america_caribbean": (
        _c("US", 14, "Karen, Michael, Jennifer, David, Emily, Robert, Ashley, Joseph",
           "Johnson, Williams, Brown, Rodríguez, Nguyen, Zippel, Lips, Mendelson",
           "Smithsonian Institution; Wildlife Conservation Society; Amphibian Survival Alliance; "
           "U.S. Geological Survey; University of Maryland; Conservation International",
           "English", email_domain="si.edu"),
        _c("CA", 4, "Geneviève, Marc-André, Heather, Liam", "Côté, Gagnon, Tremblay, MacDonald",
           "Université de Montréal; Canadian Wildlife Service; Toronto Zoo",
           "English, French", email_domain="umontreal.ca"),
        _c("CU", 1, "Ariel, Yamilé", "Rodríguez Gómez, Díaz",
           "Instituto de Ecología y Sistemática", "Spanish", email_domain="ecologia.cu"),
        _c("JM", 1, "Damion, Kerry-Ann", "Whyte, Campbell",
           "University of the West Indies, Mona", "English", email_domain="uwimona.edu.jm"),
        _c("DO", 1, "Miguel Ángel, Ruth", "Landestoy, Bastardo",
           "Museo Nacional de Historia Natural Prof. Eugenio de Jesús Marcano", "Spanish",
           email_domain="mnhn.gov.do"),
    ),
    "meso_south_america": (
        _c("BR", 4, "João, Fernanda, Célio, Luísa, Thaís", "Gonçalves, Haddad, Toledo, Araújo",
           "Museu Paraense Emílio Goeldi; Universidade Estadual Paulista (UNESP); "
           "Instituto Chico Mendes de Conservação da Biodiversidade", "Portuguese, English",
           email_domain="unesp.br"),
        _c("MX", 2, "Gabriela, Andrés, Itzel", "Parra-Olea, Hernández, Xochipiltécatl",
           "Universidad Nacional Autónoma de México; CONABIO", "Spanish, English",
           email_domain="ib.unam.mx"),
        _c("CO", 2, "Ángela, Julián, Camila", "Suárez-Mayorga, Acosta, Quintero",
           "Instituto Alexander von Humboldt; Universidad de los Andes", "Spanish, English",
           email_domain="humboldt.org.co"),
        _c("EC", 1, "Santiago, Paola", "Ron, Yánez-Muñoz", "Pontificia Universidad Católica "
           "del Ecuador", "Spanish, English", email_domain="puce.edu.ec"),
        _c("AR", 1, "Martín, Florencia", "Úbeda, Vaira", "CONICET; Fundación Temaikèn",
           "Spanish, English", email_domain="conicet.gov.ar"),
        _c("CR", 1, "Federico, Adriana", "Bolaños, Chaves",
           "Universidad de Costa Rica", "Spanish, English", email_domain="ucr.ac.cr"),
    ),
    "south_east_asia": (
        _c("CN", 5, "Fang|芳, Wei|伟, Jing|静, Lei|磊, Xiaoming|小明",
           "Wang|王, Li|李, Zhang|张, Chen|陈, Liu|刘",
           "Kunming Institute of Zoology, Chinese Academy of Sciences; "
           "Chengdu Institute of Biology; Peking University", "Chinese, English",
           family_first=True, joiner="", email_domain="cib.ac.cn"),
        _c("IN", 4, "Priya|प्रिया, Rahul|राहुल, Ananya|अनन्या, Karthikeyan|கார்த்திகேயன்",
           "Sharma|शर्मा, Biju|बिजु, Das|दास, Vasudevan|வாசுதேவன்",
           "Wildlife Institute of India; University of Delhi; Zoo Outreach Organisation",
           "Hindi, English", email_domain="wii.gov.in"),
        _c("VN", 2, "Thị Minh Khai, Văn Thắng, Thị Thu Hương", "Nguyễn, Trần, Phạm",
           "Vietnam National Museum of Nature; Institute of Ecology and Biological Resources",
           "Vietnamese, English", family_first=True, email_domain="vnmn.vast.vn"),
        _c("JP", 2, "Yuko|裕子, Hiroshi|浩, Akiko|明子", "Tanaka|田中, Matsui|松井, Suzuki|鈴木",
           "Kyoto University; National Museum of Nature and Science", "Japanese, English",
           family_first=True, joiner="", email_domain="kyoto-u.ac.jp"),
        _c("KR", 1, "Min-jun|민준, Ji-woo|지우", "Kim|김, Park|박",
           "National Institute of Biological Resources", "Korean, English",
           family_first=True, joiner="", email_domain="korea.kr"),
        _c("TH", 1, "Somchai|สมชาย, Wanida|วนิดา", "Jaidee|ใจดี, Chuaynkern|ช่วยเกื้อ",
           "Khon Kaen University", "Thai, English", email_domain="kku.ac.th"),
        _c("ID", 1, "Djoko, Mirza", "Iskandar, Kusrini", "Institut Teknologi Bandung; IPB "
           "University", "Indonesian, English", email_domain="itb.ac.id"),
        _c("MY", 1, "Nurul Ain, Indraneil", "binti Ahmad, Das", "Universiti Malaysia Sarawak",
           "Malay, English", email_domain="unimas.my"),
        _c("PH", 1, "Arvin, Maria Teresa", "Diesmos, Bautista",
           "National Museum of the Philippines", "Filipino, English", email_domain="nmp.gov.ph"),
        _c("LK", 1, "Madhava|මාධව, Sudesh|සුදේශ්", "Meegaskumbura|මීගස්කුඹුර, Batuwita|බටුවිට",
           "University of Peradeniya", "Sinhala, English", email_domain="pdn.ac.lk"),
    ),
    "oceania": (
        _c("AU", 4, "Lee, Jodi, Conrad, Deborah", "Berger, Rowley, Hoskin, Bower",
           "CSIRO; James Cook University; Taronga Conservation Society Australia",
           "English", email_domain="jcu.edu.au"),
        _c("NZ", 1, "Tāne, Mere, Phil", "Bell, Ngata, Bishop",
           "Department of Conservation | Te Papa Atawhai; University of Otago",
           "English, Māori", email_domain="doc.govt.nz"),
        _c("PG", 1, "Stephen, Gretel", "Richards, Aisi", "University of Papua New Guinea",
           "English, Tok Pisin", email_domain="upng.ac.pg"),
        _c("FJ", 1, "Nunia, Sialesi", "Thomas, Rasalato", "NatureFiji-MareqetiViti",
           "English, Fijian", email_domain="naturefiji.org"),
    ),
    "africa": (
        _c("KE", 2, "Wanjiru, Otieno, Achieng", "Kamau, Malonza, Mwangi",
           "National Museums of Kenya; Kenya Wildlife Service", "English, Swahili",
           email_domain="museums.or.ke"),
        _c("ZA", 2, "Thandeka, Pieter, Jeanne", "Nkosi, Measey, du Preez",
           "South African National Biodiversity Institute; Stellenbosch University",
           "English, Afrikaans, isiZulu", email_domain="sanbi.org.za"),
        _c("MG", 2, "Hery, Nirhy", "Rakotomalala, Rabibisoa, Andreone",
           "Université d'Antananarivo; Madagasikara Voakajy", "Malagasy, French, English",
           email_domain="univ-antananarivo.mg"),
        _c("EG", 1, "Mohamed|محمد, Fatma|فاطمة", "Saleh|صالح, Ibrahim|إبراهيم",
           "Egyptian Environmental Affairs Agency; Cairo University", "Arabic, English",
           email_domain="eeaa.gov.eg"),
        _c("CM", 1, "Marcel, Pauline", "Tchassem, Doherty-Bone",
           "Université de Yaoundé I", "French, English", email_domain="uy1.uninet.cm"),
        _c("NG", 1, "Adaeze, Oluwaseun", "Onadeko, Okafor", "University of Lagos",
           "English, Yoruba", email_domain="unilag.edu.ng"),
        _c("SN", 1, "Aïssatou, Mamadou", "Ndiaye, Sow", "Université Cheikh Anta Diop",
           "French, Wolof", email_domain="ucad.edu.sn"),
        _c("ET", 1, "Abebe|አበበ, Meron|ሜሮን", "Getahun|ጌታሁን, Tadesse|ታደሰ",
           "Addis Ababa University", "Amharic, English", email_domain="aau.edu.et"),
    ),
    "west_asia": (
        _c("SA", 1, "Abdulaziz|عبدالعزيز, Noura|نورة", "Al-Johany|الجهني, Al-Qahtani|القحطاني",
           "King Saud University", "Arabic, English", email_domain="ksu.edu.sa"),
        _c("IR", 1, "Maryam|مریم, Reza|رضا", "Hosseini|حسینی, Kami|کامی",
           "University of Tehran", "Persian, English", email_domain="ut.ac.ir"),
        _c("JO", 1, "Ehab|إيهاب, Rana|رنا", "Eid|عيد, Disi|الديسي",
           "Royal Society for the Conservation of Nature", "Arabic, English",
           email_domain="rscn.org.jo"),
    ),
}

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
