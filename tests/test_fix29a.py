"""fix29a: positions in Arabic and Polish on text kg has not read (stop 41): the constructions fix28a left open, each
in every language where it exists, and the cross-language parity of the posts the press states, round 3
(docs/positions.md, "fix29a")."""

import pytest

from tests.helpers import placed_posts
from tests.test_fix27a import _PLACED

_AN = "Nguyen Van An"
_CHAIR = {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}}

# 1. the signer of a decision, written after the verb and the document (ar VSO 'ووقع القرار رئيس اللجنة ... السيد A'):
# the definite document word is the verb's object, no construct state whose genitive the title is; the title is the
# name's (read no official before: the title was taken as the decision's issuer)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ووقع القرار رئيس اللجنة الشعبية الإقليمية السيد نغوين فان آن."),
        ("ar", "وقع القرار رئيس اللجنة الشعبية الإقليمية السيد نغوين فان آن أمس."),
        ("ar", "ووقّع القرار رئيس اللجنة الشعبية الإقليمية الرفيق نغوين فان آن."),
        # (read so already)
        ("en", "The decision was signed by Chairman of the Provincial People's Committee Mr. Nguyen Van An."),
        ("fr", "La décision a été signée par le président du Comité populaire provincial, M. Nguyen Van An."),
        ("pl", "Decyzję podpisał przewodniczący Prowincjonalnego Komitetu Ludowego pan Nguyen Van An."),
        ("vi", "Quyết định do Chủ tịch UBND tỉnh ông Nguyễn Văn An ký."),
        (
            "es",
            "La decisión fue firmada por el presidente del Comité Popular Provincial, el Sr. Nguyen Van An.",
        ),
        ("de", "Den Beschluss unterzeichnete der Vorsitzende des Provinzvolkskomitees, Herr Nguyen Van An."),
    ],
)
def test_a_decision_s_signer_after_the_verb_keeps_the_title(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == _CHAIR


# (guard) the issuer in a construct state, 'بموجب قرار رئيس ... السيد B': the chairman's decision, the appointee's post
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "بموجب قرار رئيس اللجنة الشعبية الإقليمية السيد تران فان بينه، تم تعيين السيد نغوين فان آن مديرا لإدارة "
            "الصحة.",
        ),
        (
            "ar",
            "وبموجب قرار رئيس اللجنة الشعبية الإقليمية السيد تران فان بينه تم تعيين السيد نغوين فان آن مديرا لإدارة الصحة.",
        ),
    ],
)
def test_an_issuer_in_a_construct_state_stays_the_issuer(lang, text):
    got = placed_posts(_PLACED[lang] + text, lang)
    assert got[_AN] == {("director", "department", "provincial", "Nghe An")}
    assert not any(post[0] == "director" for name, posts in got.items() if name != _AN for post in posts), got


# 2. a participle of charge between a department's name and a province ('Director of the Department of Transport in
# charge of Ha Tinh province projects'): the place is the charge's, not the department's (en, fr, es gave Ha Tinh)
_NO_PLACE = {_AN: {("director", "department", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Van An, Director of the Department of Transport in charge of Ha Tinh province projects, spoke.",
        ),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département des transports chargé des projets de la province de Ha Tinh, "
            "a pris la parole.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Transporte encargado de los proyectos de la provincia "
            "de Ha Tinh, habló.",
        ),
        (
            "en",
            "Mr. Nguyen Van An, Director of the Department of Transport responsible for Ha Tinh province, spoke.",
        ),
        # (read so already)
        (
            "pl",
            "Pan Nguyen Van An, dyrektor Departamentu Transportu odpowiedzialnego za projekty prowincji Ha Tinh, "
            "zabrał głos.",
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Giám đốc Sở Giao thông vận tải phụ trách các dự án tỉnh Hà Tĩnh, phát biểu.",
        ),
        ("ar", "وتحدث السيد نغوين فان آن، مدير إدارة النقل المسؤول عن مشاريع مقاطعة ها تينه."),
        (
            "de",
            "Herr Nguyen Van An, Direktor des Verkehrsamtes, zuständig für Projekte der Provinz Ha Tinh, sprach.",
        ),
    ],
)
def test_a_charge_s_province_is_no_department_s_place(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == _NO_PLACE


# (guard) the department's own province after its name stays its place (fix28a, 61da692d)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr. Nguyen Van An, Director of the Department of Transport of Ha Tinh province, spoke."),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département des transports de la province de Ha Tinh, a pris la parole.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Transporte de la provincia de Ha Tinh, habló.",
        ),
    ],
)
def test_a_department_s_own_province_stays_its_place(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == {
        _AN: {("director", "department", "provincial", "Ha Tinh")}
    }
