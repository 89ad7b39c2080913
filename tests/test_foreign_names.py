"""Names that are not Vietnamese syllables (foreign officials, misspelt names) read after a title.

A run of two to four capitalised words right after an honorific or a role the pack reads is a name
even when its words are no Vietnamese syllables; places, body and role words, headlines, acronyms
and a title's own words before a name are not.
"""

import pytest

from kg.extract import extract
from kg.extract.names import find_names
from kg.lang import load_pack
from kg.model import Article


def names(text: str, lang: str) -> list[str]:
    return [m.name for m in find_names(text, load_pack(lang))]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "For his part, Mr. Masaaki Osawa said the visit aims to strengthen cooperation.",
            "Masaaki Osawa",
        ),
        ("en", "The Japanese Prime Minister Kishida Fumio welcomed the delegation.", "Kishida Fumio"),
        ("en", "The delegation was headed by Consul General Xu Ming Liang yesterday.", "Xu Ming Liang"),
        ("en", "He thanked Mr. Tran Syh for his support.", "Tran Syh"),
        (
            "fr",
            "Elle était conduite par sa vice-présidente Nhotkeomany Souphanouvong, a-t-il dit.",
            "Nhotkeomany Souphanouvong",
        ),
        ("fr", "M. Bonnet Huor a salué les résultats obtenus.", "Bonnet Huor"),
        ("es", "El Sr. Liu Xiaoming dijo que la cooperación es importante.", "Liu Xiaoming"),
        ("de", "Herr Samoth Sothirith sagte, die Zusammenarbeit sei wichtig.", "Samoth Sothirith"),
        (
            "pl",
            "Pani Nhotkeomany Souphanouvong powiedziała, że współpraca jest ważna.",
            "Nhotkeomany Souphanouvong",
        ),
        # a name in apposition with a role after it
        (
            "es",
            "La delegación, encabezada por Liu Xiaoming, vicepresidente de su Comité Permanente, llegó.",
            "Liu Xiaoming",
        ),
        (
            "en",
            "The delegation led by Masaaki Osawa, Vice Chairman of the Assembly, visited the province.",
            "Masaaki Osawa",
        ),
        # an item of a list that a comma and a title close; a Lao name of five words
        (
            "en",
            "Attending were: Phou Vong Sa Kham Tit, Vice Chairman of the Provincial People's Council.",
            "Phou Vong Sa Kham Tit",
        ),
        (
            "fr",
            "Étaient présents : Bounthong Chitmany, vice-président du Comité populaire.",
            "Bounthong Chitmany",
        ),
        # a name between the comma that closes a title and a stop or a lower-case word
        ("es", "El presidente del Comité Popular de Hanoi, Tran Syh, presidió la conferencia.", "Tran Syh"),
        (
            "en",
            "The Chairman of the provincial assembly, Masaaki Osawa, said the visit went well.",
            "Masaaki Osawa",
        ),
        # a leading word the sentence also writes alone (a country in the genitive) is cut off the run
        (
            "pl",
            "Kończąc pracę w Japonii na zaproszenie premiera Japonii Kishidy Fumio, wrócił.",
            "Kishidy Fumio",
        ),
        # a family name the sentence writes again, alone or in another name, keeps the name
        (
            "en",
            "Prime Minister Fumio Kishida welcomed the delegation; Kishida said Japan valued the partnership.",
            "Fumio Kishida",
        ),
        (
            "en",
            "Mr. Masaaki Osawa, Chairman of the Japan-Vietnam Friendship Association, and his deputy "
            "Mr. Taro Osawa attended.",
            "Masaaki Osawa",
        ),
        (
            "en",
            "Mr. Masaaki Osawa, Chairman of the Japan-Vietnam Friendship Association, and his deputy "
            "Mr. Taro Osawa attended.",
            "Taro Osawa",
        ),
        (
            "en",
            "Chinese Ambassador Xiong Bo and Consul General Xiong Ming attended the ceremony.",
            "Xiong Ming",
        ),
    ],
)
def test_a_name_after_a_title_is_read_though_its_words_are_no_vietnamese_syllables(lang, text, name):
    assert name in names(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prime Minister Receives Japanese Governor Masaaki Osawa"),  # a Title Case headline
        # a place of the gazetteer (after an honorific, a place's two words are a person's name: names30)
        ("en", "President Ho Chi Minh said nothing."),
        ("en", "The Prime Minister Provincial Party Committee met."),  # the pack's body words
        ("en", "He met Mr. ASEAN Summit delegates."),  # capitals
        ("en", "Mr. Masaaki said the visit went well."),  # one word is no name
        ("fr", "Le président Ho Chi Minh-Ville a dit."),  # Vietnamese syllables the reader left
        (
            "pl",
            "przywódców: Ministra Bezpieczeństwa Publicznego , Generała Luong Tam Quanga.",
        ),  # a title's words
        ("de", "Herr Osawa Masaaki Gunma Tokio Kyoto sagte."),  # more than four words
        ("en", "Masaaki Osawa, Vice Chairman of the Assembly, visited."),  # no lower-case word before it
        ("en", "The delegation visited Ninh Binh, Vice Chairman Phong said."),  # a place before the comma
        ("en", "Attending were: Ninh Binh, Vice Chairman of the Council."),  # a list item that is a place
        ("en", "The Chairman of the province, Ninh Binh, said."),  # a place after the title's comma
        ("en", "The Chairman of the province, Masaaki Osawa Hotel Group, said."),  # more capitals follow
        ("en", "Attending were: Economic Affairs, Vice Chairman of the Council."),  # the pack's words
    ],
)
def test_what_is_no_name_after_a_title_is_not_read(lang, text):
    vietnamese = {"Luong Tam Quang"}
    assert [n for n in names(text, lang) if n not in vietnamese] == []


def test_vi_text_is_left_to_the_vietnamese_reader():
    assert names("Ông Masaaki Osawa phát biểu.", "vi") == []


def test_a_foreign_official_is_an_official_of_the_article():
    text = (
        "On February 15, Chairman of HCMC People's Committee Nguyen Thanh Phong received a delegation of "
        "Gunma province (Japan). For his part, Mr. Masaaki Osawa said the purpose of the working visit "
        "is to strengthen cooperation."
    )
    found = {o.name for o in extract(Article("t-en", text)).officials}
    assert {"Nguyen Thanh Phong", "Masaaki Osawa"} <= found
