"""places27: the province a post is placed in (stop 40): a visiting delegation's province is not the article's, in
every language where the construction exists (docs/conventions.md, "places27")."""

import pytest

from kg import gazetteer
from kg.lang import load_pack
from kg.text import fold_aligned
from tests.helpers import extracted

# 1. a host receives another province's delegation: the visitor's province, named in the delegation's own body
# ('the delegation of the Vinh Phuc Provincial Party Committee'), is not the province the article is about, so the
# host's posts that write no place are not placed there (reg-all u-de-0004: Ninh Thuan's leaders read Vinh Phuc's)
_HOST = {
    "de": "Genosse Tran Quoc Nam, Vorsitzender des Provinzvolkskomitees, empfing die Delegation des "
    "Provinzparteikomitees von Vinh Phuc. Ninh Thuan empfing die Delegation des Parteikomitees der Provinz Vinh Phuc.",
    "en": "Mr. Tran Quoc Nam, Chairman of the Provincial People's Committee, received the delegation of the Vinh Phuc "
    "Provincial Party Committee. Ninh Thuan province welcomed the delegation of the Vinh Phuc Provincial Party "
    "Committee.",
    "vi": "Đồng chí Trần Quốc Nam, Chủ tịch Ủy ban nhân dân tỉnh, tiếp đoàn công tác Tỉnh ủy Vĩnh Phúc. Tỉnh Ninh Thuận "
    "đón đoàn công tác Tỉnh ủy Vĩnh Phúc.",
    "fr": "M. Tran Quoc Nam, président du Comité populaire provincial, a reçu la délégation du Comité provincial du "
    "Parti de Vinh Phuc. La province de Ninh Thuan a accueilli la délégation du Comité provincial du Parti de Vinh "
    "Phuc.",
    "es": "El señor Tran Quoc Nam, presidente del Comité Popular Provincial, recibió a la delegación del Comité "
    "Provincial del Partido de Vinh Phuc. La provincia de Ninh Thuan acogió a la delegación del Comité Provincial del "
    "Partido de Vinh Phuc.",
    "pl": "Towarzysz Tran Quoc Nam, przewodniczący Prowincjonalnego Komitetu Ludowego, przyjął delegację Komitetu "
    "Partii Prowincji Vinh Phuc. Prowincja Ninh Thuan powitała delegację Komitetu Partii Prowincji Vinh Phuc.",
    "ar": "استقبل الرفيق تران كوك نام، رئيس اللجنة الشعبية الإقليمية، وفد لجنة الحزب في مقاطعة فينه فوك. واستقبلت "
    "مقاطعة نينه ثوان وفد لجنة الحزب في مقاطعة فينه فوك.",
}


@pytest.mark.parametrize("lang", sorted(_HOST))
def test_visiting_delegation_is_no_article_province(lang):
    x = extracted(_HOST[lang], lang)
    assert x.province == "Ninh Thuan"
    chair = next(o for o in x.officials if o.name == "Tran Quoc Nam")
    assert {p.body.place for p in chair.positions if p.role == "chair"} == {"Ninh Thuan"}


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("de", "beim Empfang der Delegation des Parteikomitees der Provinz Vinh Phuc. Foto", "Delegation"),
        ("vi", "tiếp đoàn công tác Tỉnh ủy Vĩnh Phúc tại tỉnh Ninh Thuận", "đoàn công tác Tỉnh ủy Vĩnh Phúc"),
        (
            "ar",
            "وفد عمل من اللجنة الدائمة للجنة الحزب في مقاطعة ثانه هوا يزور مقاطعة لام دونغ",
            "وفد عمل من اللجنة الدائمة للجنة الحزب في مقاطعة ثانه هوا",
        ),
        (
            "en",
            "received the delegation of the Vinh Phuc Provincial Party Committee in Ninh Thuan",
            "delegation",
        ),
    ],
)
def test_visitor_span_ends_at_its_place(lang, text, span):
    """The span covers the group, its bodies and its own place, not the host's after it."""
    found = [text[a:b] for a, b in gazetteer.visitor_spans(text, fold_aligned(text), load_pack(lang))]
    assert len(found) == 1 and found[0].startswith(span)
    assert "Ninh Thuan" not in found[0] and "Ninh Thuận" not in found[0] and "لام دونغ" not in found[0]


# guards: a delegation that is the province's own body or goes to a congress, a central body's group, and a group
# that acts on the host's body (a verb between) name no visitor
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Head of the Delegation of the National Assembly of Lai Chau province"),
        ("vi", "Trưởng Đoàn đại biểu Quốc hội tỉnh Lai Châu"),
        ("pl", "przewodnicząca Delegacji Zgromadzenia Narodowego prowincji Lai Chau"),
        ("ar", "رئيس وفد الجمعية الوطنية لمقاطعة هاي دونغ"),
        ("pl", "Delegację Komitetu Partii Prowincji Bac Ninh na 14. Ogólnokrajowy Zjazd Partii"),
        ("es", "Delegación del Comité del Partido de la ciudad de Hai Phong que asistirá al XIV Congreso"),
        ("ar", "وفد الحكومة بزيارة لام دونج"),
        ("en", "the delegation worked with the Provincial Party Committee of Ninh Thuan"),
        ("de", "Tran Quoc Nam sagte, die Delegation besuchte das Provinzparteikomitee von Ninh Thuan"),
        # the article's own province's delegation going out, its clause's subject (review27 Medium 5)
        (
            "en",
            "A delegation of the Nghe An Provincial Party Committee led by Mr. A visited Thanh Hoa province.",
        ),
        ("vi", "Đoàn công tác Tỉnh ủy Nghệ An do ông A làm trưởng đoàn đã đến thăm tỉnh Thanh Hóa."),
        ("de", "Eine Delegation des Provinzparteikomitees von Nghe An besuchte die Provinz Thanh Hoa."),
        ("pl", "Delegacja Prowincjonalnego Komitetu Partii Nghe An odwiedziła prowincję Thanh Hoa."),
        ("fr", "Une délégation du Comité provincial du Parti de Nghe An a visité la province de Thanh Hoa."),
        (
            "es",
            "Una delegación del Comité Provincial del Partido de Nghe An visitó la provincia de Thanh Hoa.",
        ),
        ("ar", "زار وفد من لجنة الحزب في مقاطعة نغي آن مقاطعة ثانه هوا."),
    ],
)
def test_no_visitor_span(lang, text):
    assert gazetteer.visitor_spans(text, fold_aligned(text), load_pack(lang)) == []


# 2. the 2025 mergers: an article from before 1 July 2025 that names no province is placed by its officials in the
# province they held their posts in then, not in the one it was merged into, which the corpora count for officials
# their articles found after the merger (reg-all u-de-0003, of 2024: Ninh Thuan's leaders read Khanh Hoa's)
_NINH_THUAN = {
    "de": "Am 5. März {year} leitete Genosse Tran Quoc Nam, stellvertretender Sekretär des Provinzparteikomitees und "
    "Vorsitzender des Provinzvolkskomitees, die Sitzung. Anwesend waren Genosse Pham Van Hau, stellvertretender "
    "Sekretär des Provinzparteikomitees und Vorsitzender des Provinzvolksrats, und Genosse Nguyen Long Bien, "
    "stellvertretender Vorsitzender des Provinzvolkskomitees.",
    "en": "On March 5, {year}, Mr. Tran Quoc Nam, Deputy Secretary of the Provincial Party Committee and Chairman of "
    "the Provincial People's Committee, chaired the meeting. Also attending were Mr. Pham Van Hau, Chairman of the "
    "Provincial People's Council, and Mr. Nguyen Long Bien, Vice Chairman of the Provincial People's Committee.",
}


def _placed(text: str, lang: str, published: str) -> tuple[str | None, set[str | None]]:
    from kg.resolve import Resolver

    x = extracted(text, lang, published=published)
    Resolver().resolve(x)
    return x.province, {
        p.body.place for o in x.officials for p in o.positions if p.body.level == "provincial"
    }


@pytest.mark.parametrize("lang", sorted(_NINH_THUAN))
def test_before_merger_officials_province(lang):
    assert _placed(_NINH_THUAN[lang].format(year=2024), lang, "2024-03-05") == ("Ninh Thuan", {"Ninh Thuan"})


@pytest.mark.parametrize("lang", sorted(_NINH_THUAN))
def test_after_merger_officials_province(lang):
    """Guard: after the merger the same officials are the merged province's."""
    assert _placed(_NINH_THUAN[lang].format(year=2025), lang, "2025-11-05") == ("Khanh Hoa", {"Khanh Hoa"})


def test_hand_row_names_the_province_before_the_merger():
    """A row kept by hand of one province merged into the one the corpora count is the older province."""
    from kg.resolve import local_officials

    assert local_officials()["tran quoc nam"] == ("Khanh Hoa", "Ninh Thuan")
    assert local_officials()["truong quoc huy"] == ("Ninh Binh", "Ha Nam")
    assert (
        local_officials()["le quang tung"][0] == "Can Tho"
    )  # (a hand row of another province: the corpora's)


def test_before_merger_province_the_officials_held_kept():
    """Guard (dev vi-003, of 2024): officials listed in a merged province that hand rows confirm keep it."""
    text = (
        "Ngày 5/3/2024, đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy, chủ trì hội nghị. Dự hội nghị có đồng chí Lê Thị Kim "
        "Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch "
        "UBND tỉnh."
    )
    assert _placed(text, "vi", "2024-03-05")[0] == "Tuyen Quang"
