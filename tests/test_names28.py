"""names28 (stop 41): officials' names on text kg has not read (docs/names.md, "names28").

Polish declines a name's last syllable in -ia as a feminine noun: "Pham Thien Nghii" (genitive, dative, locative of
Nghia), "Nghię" (accusative), "Nghią" (instrumental): each is read back as Nghia
(``kg/data/name_vowel_endings.tsv``), beside the endings added after a consonant ("Thanha", "Dungiem")."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

DECLINED_IA = [
    ("W obecności sekretarza Nguyen Van Nghii odbyła się ceremonia.", "Nguyen Van Nghia"),
    ("Delegacja złożyła wizytę sekretarzowi Le Van Nghii.", "Le Van Nghia"),
    ("Spotkali się z sekretarzem Nguyen Trong Nghię.", "Nguyen Trong Nghia"),
    ("Rozmowa z sekretarzem Nguyen Huu Nghią była owocna.", "Nguyen Huu Nghia"),
]


@pytest.mark.parametrize(
    ("text", "name"), DECLINED_IA, ids=["genitive", "dative", "accusative", "instrumental"]
)
def test_a_polish_name_declined_in_ia_is_read_whole(text: str, name: str) -> None:
    assert [o.name for o in extracted(text, "pl").officials] == [name]


GUARDS = [
    # the endings after a consonant, in every case
    ("Przemówienie wygłosił sekretarz Pham Viet Thanh.", ["Pham Viet Thanh"]),
    ("W obecności sekretarza Pham Viet Thanha odbyła się ceremonia.", ["Pham Viet Thanh"]),
    ("Delegacja złożyła wizytę sekretarzowi Vo Van Dungowi.", ["Vo Van Dung"]),
    ("Rozmowa z wiceprzewodniczącym Duong Van Trangiem była owocna.", ["Duong Van Trang"]),
    ("W obecności sekretarza Nguyen Van Nghia odbyła się ceremonia.", ["Nguyen Van Nghia"]),
    # an ordinary word in -ii or -ię after a name is no declined syllable: "partii" (the party's), "się"
    ("Sekretarz Nguyen Van Nam z partii mówił o wynikach.", ["Nguyen Van Nam"]),
    ("Sekretarz Nguyen Van Nam spotkał się z delegacją.", ["Nguyen Van Nam"]),
]


@pytest.mark.parametrize("text, names", GUARDS, ids=[f"guard-{i}" for i in range(len(GUARDS))])
def test_other_declined_names_and_ordinary_words_stay(text: str, names: list[str]) -> None:
    assert [o.name for o in extracted(text, "pl").officials] == names
