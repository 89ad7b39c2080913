"""pos14 (stop 28): positions, constructions a new article writes (levels, holders linked)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a special zone (đặc khu, from July 2025) and a township (thị trấn) rank with a commune: vi and pl read the zone's
# island as the district it was (Phu Quoc, Kien Giang) and the body as the province's
@pytest.mark.parametrize(
    "lang, sentence, post",
    [
        (
            "vi",
            "Ông Trần Văn Bình, Chủ tịch UBND đặc khu Phú Quốc, phát biểu.",
            ("chair", "peoples_committee"),
        ),
        (
            "vi",
            "Ông Trần Văn Bình, Bí thư Đảng ủy đặc khu Côn Đảo, phát biểu.",
            ("secretary", "party_committee"),
        ),
        (
            "vi",
            "Ông Trần Văn Bình, Bí thư Đảng ủy thị trấn Phố Châu, phát biểu.",
            ("secretary", "party_committee"),
        ),
        (
            "pl",
            "Pan Tran Van Binh, przewodniczący Komitetu Ludowego Specjalnej Strefy Phu Quoc, przemawiał.",
            ("chair", "peoples_committee"),
        ),
        (
            "pl",
            "Pan Tran Van Binh, sekretarz Komitetu Partii specjalnej strefy Con Dao, przemawiał.",
            ("secretary", "party_committee"),
        ),
    ],
)
def test_a_special_zone_or_township_is_of_the_commune_level(lang, sentence, post):
    assert _posts(sentence, lang) == {"Tran Van Binh": {(*post, "commune")}}


# guards: the province and the district keep their levels
@pytest.mark.parametrize(
    "lang, sentence, level",
    [
        ("vi", "Ông Trần Văn Bình, Chủ tịch UBND tỉnh Kiên Giang, phát biểu.", "provincial"),
        ("vi", "Ông Trần Văn Bình, Chủ tịch UBND huyện Phú Quốc, phát biểu.", "district"),
        (
            "pl",
            "Pan Tran Van Binh, przewodniczący Komitetu Ludowego Prowincji Kien Giang, przemawiał.",
            "provincial",
        ),
    ],
)
def test_province_and_district_keep_their_levels(lang, sentence, level):
    assert _posts(sentence, lang) == {"Tran Van Binh": {("chair", "peoples_committee", level)}}


_CHAIR = ("chair", "peoples_committee", "provincial")
_SECRETARY = ("secretary", "party_committee", "provincial")


# the person replaced held the post an electing verb gives its object as an attribute, no link word between (fr
# 'a élu M. A président du ..., en remplacement de M. B'; en 'elected Mr. A Chairman of ...'; es 'eligió al Sr. A
# presidente ...'): B was no official before ('en remplacement de', 'replacing' need a link word before them)
@pytest.mark.parametrize(
    "lang, sentence, post",
    [
        (
            "fr",
            "Le Conseil populaire provincial a élu M. Nguyen Van An président du Comité populaire provincial, "
            "en remplacement de M. Tran Van Binh, parti à la retraite.",
            _CHAIR,
        ),
        (
            "fr",
            "Le Conseil populaire a réélu M. Nguyen Van An président du Comité populaire provincial pour remplacer "
            "M. Tran Van Binh.",
            _CHAIR,
        ),
        (
            "fr",
            "Le Bureau politique a désigné M. Nguyen Van An secrétaire du Comité provincial du Parti, en remplacement "
            "de M. Tran Van Binh, muté à d'autres fonctions.",
            _SECRETARY,
        ),
        (
            "en",
            "The Provincial People's Council elected Mr. Nguyen Van An Chairman of the Provincial People's Committee, "
            "replacing Mr. Tran Van Binh, who retired.",
            _CHAIR,
        ),
        (
            "es",
            "El Consejo eligió al Sr. Nguyen Van An presidente del Comité Popular provincial, en sustitución del Sr. "
            "Tran Van Binh.",
            _CHAIR,
        ),
    ],
)
def test_the_one_replaced_held_the_attribute_post(lang, sentence, post):
    assert _posts(sentence, lang) == {"Nguyen Van An": {post}, "Tran Van Binh": {post}}


# guards: the name's own title after a comma is no post its clause gives the one replaced; a link word read already
@pytest.mark.parametrize(
    "lang, sentence, posts",
    [
        (
            "fr",
            "M. Nguyen Van An, président du Comité populaire provincial, a remis la décision en remplacement de "
            "M. Tran Van Binh.",
            {"Nguyen Van An": {_CHAIR}, "Tran Van Binh": set()},
        ),
        (
            "en",
            "The Provincial People's Council elected Mr. Nguyen Van An as Chairman of the Provincial People's "
            "Committee, replacing Mr. Tran Van Binh, who retired.",
            {"Nguyen Van An": {_CHAIR}, "Tran Van Binh": {_CHAIR}},
        ),
    ],
)
def test_no_attribute_after_a_comma(lang, sentence, posts):
    assert _posts(sentence, lang) == posts


_SECRETARY_NA = ("secretary", "party_committee", "provincial")


# a title link with an adverb between the verb and the post's noun (pl 'pełni obecnie funkcję', holds now; 'pełnił
# wcześniej funkcję', held before), and de an assignment whose post a clause after a comma writes without 'um'
# ('wurde beauftragt, das Amt des Sekretärs ... zu übernehmen', vi 'được phân công giữ chức'): no post
@pytest.mark.parametrize(
    "lang, sentence, post",
    [
        (
            "pl",
            "Pan Nguyen Van An pełni obecnie funkcję sekretarza Prowincjonalnego Komitetu Partii Nghe An.",
            _SECRETARY_NA,
        ),
        (
            "pl",
            "Pan Nguyen Van An pełnił wcześniej funkcję przewodniczącego Komitetu Ludowego Prowincji Nghe An.",
            _CHAIR,
        ),
        (
            "de",
            "Herr Nguyen Van An wurde beauftragt, das Amt des Sekretärs des Parteikomitees der Provinz Nghe An zu "
            "übernehmen.",
            _SECRETARY_NA,
        ),
    ],
)
def test_a_link_with_an_adverb_or_an_assignment(lang, sentence, post):
    assert _posts(sentence, lang) == {"Nguyen Van An": {post}}


# guard: 'beauftragt' with an object of its own gives the name no second post
def test_an_assignment_of_others_gives_no_post():
    sentence = (
        "Herr Nguyen Van An, Vorsitzender des Volkskomitees der Provinz, hat das Ministerium beauftragt, den Plan "
        "umzusetzen."
    )
    assert _posts(sentence, "de") == {"Nguyen Van An": {_CHAIR}}


# de the one replaced named before the verb-final perfect ('... zum Vorsitzenden ... gewählt und damit Herrn B (im
# Ruhestand) ersetzt', vi 'bầu ông A giữ chức ... thay ông B nghỉ hưu'; 'ersetzte damit Herrn B' read already) and
# the successor's noun ('und damit zum Nachfolger von Herrn B', 'tritt damit die Nachfolge von Herrn B an')
@pytest.mark.parametrize(
    "sentence",
    [
        "Zuvor hatte der Volksrat Herrn Nguyen Van An, Sekretär des Parteikomitees der Provinz, zum Vorsitzenden des "
        "Volkskomitees der Provinz gewählt und damit Herrn Tran Van Binh (im Ruhestand) ersetzt.",
        "Der Volksrat hat Herrn Nguyen Van An zum Vorsitzenden des Volkskomitees der Provinz gewählt und damit Herrn "
        "Tran Van Binh ersetzt, der in den Ruhestand ging.",
        "Der Volksrat wählte Herrn Nguyen Van An zum Vorsitzenden des Volkskomitees der Provinz und damit zum "
        "Nachfolger von Herrn Tran Van Binh.",
        "Herr Nguyen Van An wurde zum Vorsitzenden des Volkskomitees der Provinz gewählt und tritt damit die Nachfolge "
        "von Herrn Tran Van Binh an.",
    ],
)
def test_de_the_one_replaced_before_the_verb(sentence):
    posts = _posts(sentence, "de")
    assert _CHAIR in posts["Nguyen Van An"]
    assert posts["Tran Van Binh"] == {_CHAIR}


# guard: 'und damit' before a name that no post links ('sprach und damit Herrn B seinen Dank aus')
def test_de_und_damit_without_a_post_gives_none():
    sentence = (
        "Herr Nguyen Van An, Vorsitzender des Volkskomitees der Provinz, sprach und damit Herrn Tran Van Binh seinen "
        "Dank aus."
    )
    assert _posts(sentence, "de") == {"Nguyen Van An": {_CHAIR}, "Tran Van Binh": set()}


# the electors' title before an electing verb is not its object's: en 'Members of the Provincial Party Committee
# elected Mr. A as Secretary', de 'Die Mitglieder ... wählten Herrn A zum Sekretär', vi 'Các ủy viên Ban Chấp hành
# Đảng bộ tỉnh đã bầu ông A giữ chức Bí thư' gave A a membership besides (vi 'đã bầu' read as a place after 'tỉnh')
@pytest.mark.parametrize(
    "lang, sentence",
    [
        (
            "en",
            "Members of the Provincial Party Committee elected Mr. Nguyen Van An as Secretary of the Provincial Party "
            "Committee.",
        ),
        (
            "de",
            "Die Mitglieder des Provinzparteikomitees wählten Herrn Nguyen Van An zum Sekretär des Provinzparteikomitees.",
        ),
        ("vi", "Các ủy viên Ban Chấp hành Đảng bộ tỉnh đã bầu ông Nguyễn Văn An giữ chức Bí thư Tỉnh ủy."),
        (
            "fr",
            "Les membres du Comité provincial du Parti ont élu M. Nguyen Van An secrétaire du Comité provincial du "
            "Parti.",
        ),
    ],
)
def test_the_electors_title_is_not_the_elected(lang, sentence):
    assert _posts(sentence, lang) == {"Nguyen Van An": {_SECRETARY}}


# guard: a title right before the name, no verb between, stays the name's
def test_a_title_before_the_name_stays():
    sentence = "The newly elected Chairman of the Provincial People's Committee, Mr. Nguyen Van An, spoke."
    assert _posts(sentence, "en") == {"Nguyen Van An": {_CHAIR}}


_COUNCIL = ("member", "peoples_council", "provincial")


# a People's Council delegate (đại biểu HĐND) is a member of the council, as the silver gold counts it (mt2 u-mt2pl-01,
# mt3 u-mt3es-01, u-mt3fr-01, vi678 u-vi-1190): 'délégué du Conseil populaire', 'delegado del Consejo Popular',
# 'Delegierter des Volksrates', 'delegat Rady Ludowej', 'deputowany do Rady Ludowej', 'delegate of the ... People's
# Council', vi 'đại biểu HĐND tỉnh' gave no post ('député', 'diputado', 'Abgeordneter', ar 'مندوب' read already)
@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "M. Nguyen Van An, délégué du Conseil populaire de la province de Binh Dinh, a assisté."),
        ("es", "El Sr. Nguyen Van An, delegado del Consejo Popular Provincial de Binh Dinh, asistió."),
        ("de", "Herr Nguyen Van An, Delegierter des Volksrates der Provinz Binh Dinh, nahm teil."),
        ("pl", "Pan Nguyen Van An, delegat Rady Ludowej Prowincji Binh Dinh, wziął udział."),
        ("pl", "Pan Nguyen Van An, deputowany do Rady Ludowej Prowincji Binh Dinh, wziął udział."),
        ("en", "Mr. Nguyen Van An, delegate of the Binh Dinh Provincial People's Council, attended."),
        ("vi", "Ông Nguyễn Văn An, đại biểu HĐND tỉnh Bình Định, dự."),
        ("vi", "Ông Nguyễn Văn An, đại biểu Hội đồng nhân dân tỉnh Bình Định khóa XII, dự."),
    ],
)
def test_a_peoples_council_delegate_is_a_member(lang, sentence):
    assert _posts(sentence, lang) == {"Nguyen Van An": {_COUNCIL}}


# the duty of delegate one is relieved of, beside the post (vi 'cho thôi làm nhiệm vụ đại biểu HĐND tỉnh', fr 'de la
# fonction de délégué du Conseil populaire provincial')
@pytest.mark.parametrize(
    "lang, sentence, post",
    [
        (
            "vi",
            "HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông "
            "Nguyễn Văn An.",
            _CHAIR,
        ),
        (
            "fr",
            "Le conseil a relevé M. Nguyen Van An du poste de président du Conseil populaire provincial et de la "
            "fonction de délégué du Conseil populaire provincial.",
            ("chair", "peoples_council", "provincial"),
        ),
    ],
)
def test_the_delegates_duty_relieved(lang, sentence, post):
    assert _posts(sentence, lang) == {"Nguyen Van An": {post, _COUNCIL}}


# guards: the delegates who elect (plural, before an electing verb, the agent of a passive), the elections of
# delegates, the congress of delegates
@pytest.mark.parametrize(
    "sentence, posts",
    [
        ("Các đại biểu HĐND tỉnh đã bầu ông Nguyễn Văn An giữ chức Chủ tịch UBND tỉnh.", {_CHAIR}),
        ("100% đại biểu HĐND tỉnh Đồng Nai bầu đồng chí Nguyễn Văn An làm Chủ tịch UBND tỉnh.", {_CHAIR}),
        (
            "Ông Nguyễn Văn An - Phó Bí thư Tỉnh ủy Lai Châu đã được các đại biểu HĐND bầu giữ chức Chủ tịch UBND tỉnh "
            "Lai Châu.",
            {("deputy_secretary", "party_committee", "provincial"), _CHAIR},
        ),
        (
            "Ủy ban Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND tỉnh Vĩnh Long, nhiệm kỳ 2021-2026 do Chủ tịch UBND "
            "tỉnh Nguyễn Văn An làm chủ tịch.",
            {_CHAIR},
        ),
        (
            "Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX khai mạc, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì.",
            {_SECRETARY},
        ),
    ],
)
def test_vi_the_delegates_who_vote_hold_nothing(sentence, posts):
    assert _posts(sentence, "vi") == {"Nguyen Van An": posts}


# a name only a courtesy title precedes (pl 'Pan', ar 'السيد': no official by itself), the one subject of its
# sentence, is the one a dropped subject or a pronoun after it speaks of (en 'Mr.', fr 'M.', es 'El Sr.' make
# officials, so 'He then served as ...' read already): pl 'Pan A urodził się w 1970 roku. Pełnił funkcję
# przewodniczącego ...', ar 'ولد السيد A عام 1970. وشغل منصب رئيس ...' gave no official
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "pl",
            "Pan Nguyen Van An urodził się w 1970 roku. Pełnił funkcję przewodniczącego Prowincjonalnego Komitetu "
            "Ludowego.",
        ),
        (
            "pl",
            "Pan Nguyen Van An urodził się w 1970 roku. Wcześniej był przewodniczącym Prowincjonalnego Komitetu "
            "Ludowego.",
        ),
        ("ar", "ولد السيد نجوين فان آن عام 1970. وشغل منصب رئيس اللجنة الشعبية الإقليمية."),
        ("ar", "ولد السيد نجوين فان آن عام 1970. ثم شغل منصب رئيس اللجنة الشعبية الإقليمية."),
    ],
)
def test_a_courtesy_named_subject_holds_the_next_sentences_post(lang, text):
    assert _posts(text, lang) == {"Nguyen Van An": {_CHAIR}}


# guards: a courtesy name alone is still no official; two names leave whom the dropped subject speaks of unknown; a
# name inside the sentence (after 'according to') is no subject
@pytest.mark.parametrize(
    "text",
    [
        "Pan Nguyen Van An urodził się w 1970 roku.",
        "Pan Nguyen Van An spotkał się z panem Tran Van Binh. Pełnił funkcję przewodniczącego Prowincjonalnego "
        "Komitetu Ludowego.",
        "Według danych podanych przez pana Nguyen Van Ana w prowincji jest 10 gmin. Pełnił funkcję przewodniczącego "
        "Prowincjonalnego Komitetu Ludowego.",
    ],
)
def test_no_official_from_a_courtesy_name_alone(text):
    assert _posts(text, "pl") == {}


# de an adverb, the verb, then the pronoun (V2: 'Anschließend war er Vorsitzender ...', 'Zuvor war er ...'), as 'Er
# war ...' and a date first ('Von 2015 bis 2020 war er ...') read
@pytest.mark.parametrize("adverb", ["Anschließend", "Danach", "Zuvor"])
def test_de_an_adverb_before_the_verb_and_pronoun(adverb):
    text = (
        f"Herr Nguyen Van An wurde 1970 geboren. {adverb} war er Vorsitzender des Volkskomitees der Provinz."
    )
    assert _posts(text, "de") == {"Nguyen Van An": {_CHAIR}}


# guard: no title link after the pronoun, no post ('Anschließend dankte er dem Vorsitzenden ...')
def test_de_an_adverb_and_a_verb_of_no_post():
    text = (
        "Herr Nguyen Van An, Sekretär des Parteikomitees der Provinz, sprach. Anschließend dankte er dem "
        "Vorsitzenden des Volkskomitees der Provinz."
    )
    assert _posts(text, "de") == {"Nguyen Van An": {_SECRETARY}}
