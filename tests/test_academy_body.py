"""The Ho Chi Minh National Academy of Politics is a central body named after a person, not a body of Ho Chi
Minh City (review9 item 7: en/de gave its director provincial, Ho Chi Minh; vi gave no post). GOLD as silver
u-de-0008: director, other, central, no place."""

import pytest

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Xuan Thang, Director of the Ho Chi Minh National Academy of Politics, attended the meeting.",
        ),
        (
            "fr",
            "M. Nguyen Xuan Thang, directeur de l'Académie nationale de politique Ho Chi Minh, a assisté à la réunion.",
        ),
        (
            "es",
            "El señor Nguyen Xuan Thang, director de la Academia Nacional de Política Ho Chi Minh, asistió a la reunión.",
        ),
        ("de", "Nguyen Xuan Thang, Direktor der Nationalen Politischen Akademie Ho Chi Minh, nahm teil."),
        (
            "pl",
            "Pan Nguyen Xuan Thang, dyrektor Narodowej Akademii Politycznej im. Ho Chi Minha, uczestniczył w spotkaniu.",
        ),
        ("vi", "Đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, dự hội nghị."),
        ("ar", "وحضر الرفيق نجوين شوان ثانغ، مدير أكاديمية هو تشي منه الوطنية للسياسة، الاجتماع."),
    ],
)
def test_the_academys_director_is_central(lang, text):
    x = extract(Article("t", text, lang=lang))
    posts = [(p.role, p.body.org, p.body.level, p.body.place) for o in x.officials for p in o.positions]
    assert posts == [("director", "other", "central", None)]


def test_the_city_stays_a_place():
    text = "Mr. Nguyen Van Nen, Secretary of the Ho Chi Minh City Party Committee, attended."
    x = extract(Article("t", text, lang="en"))
    posts = [(p.role, p.body.org, p.body.level, p.body.place) for o in x.officials for p in o.positions]
    assert posts == [("secretary", "party_committee", "provincial", "Ho Chi Minh")]
