"""Constructions earlier sessions found and left (left21), each read in every language where it exists.

1. An active appointing verb (an ``appoint`` cue) gives its object the post written right after the name, with no
   link word: es 'El Politburó nombró al Sr. A secretario del Comité Provincial del Partido de Binh Duong', pl 'Biuro
   Polityczne mianowało pana A sekretarzem Prowincjonalnego Komitetu Partii Binh Duong' (en 'appointed Mr. A
   Secretary of ...', fr 'a nommé M. A secrétaire du ...', de 'ernannte Herrn A zum Sekretär' read already).
"""

from __future__ import annotations

import pytest

from tests.helpers import extracted, figures, placed_posts

A = "Nguyen Van Anh"
BD_SECRETARY = ("secretary", "party_committee", "provincial", "Binh Duong")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", f"El Politburó nombró al Sr. {A} secretario del Comité Provincial del Partido de Binh Duong."),
        (
            "es",
            f"El Politburó designó al Sr. {A} secretario del Comité Provincial del Partido de Binh Duong.",
        ),
        (
            "es",
            f"El Sr. Tran Van Binh nombró al Sr. {A} secretario del Comité Provincial del Partido de Binh Duong.",
        ),
        (
            "pl",
            f"Biuro Polityczne mianowało pana {A} sekretarzem Prowincjonalnego Komitetu Partii Binh Duong.",
        ),
        (
            "pl",
            f"Biuro Polityczne powołało pana {A} sekretarzem Prowincjonalnego Komitetu Partii Binh Duong.",
        ),
    ],
)
def test_an_appointing_verb_gives_its_object_the_post_written_after_the_name(lang, text):
    assert BD_SECRETARY in placed_posts(text, lang).get(A, set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the languages that read it already, through a link word or a capitalised role
        ("en", f"The Politburo appointed Mr. {A} Secretary of the Binh Duong Provincial Party Committee."),
        ("fr", f"Le Politburo a nommé M. {A} secrétaire du Comité provincial du Parti de Binh Duong."),
        ("de", f"Das Politbüro ernannte Herrn {A} zum Sekretär des Provinzparteikomitees Binh Duong."),
        ("ar", "عين المكتب السياسي السيد نغوين فان آنه أمينا للجنة الحزب في مقاطعة بينه دونغ."),
        ("vi", "Bộ Chính trị chỉ định ông Nguyễn Văn Anh giữ chức Bí thư Tỉnh ủy Bình Dương."),
    ],
)
def test_the_appointing_verb_reads_alike_in_the_other_languages(lang, text):
    assert BD_SECRETARY in set().union(*placed_posts(text, lang).values())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: the appointing verb's object with no role right after it; a role a verb of another sense governs
        (
            "es",
            f"El Politburó nombró al Sr. {A} para dirigir la delegación del Comité Provincial del Partido de Binh Duong.",
        ),
        ("es", f"El Sr. {A} visitó al secretario del Comité Provincial del Partido de Binh Duong."),
        (
            "pl",
            f"Premier mianował pana {A} i pogratulował sekretarzowi Prowincjonalnego Komitetu Partii Binh Duong.",
        ),
        (
            "fr",
            f"Le Politburo a nommé M. {A} pour accompagner le secrétaire du Comité provincial du Parti de Binh Duong.",
        ),
        (
            "de",
            f"Das Politbüro ernannte Herrn {A} und dankte dem Sekretär des Provinzparteikomitees Binh Duong.",
        ),
    ],
)
def test_no_post_where_no_role_follows_the_appointed_name(lang, text):
    assert BD_SECRETARY not in set().union(set(), *placed_posts(text, lang).values())


def test_the_subject_of_the_appointing_verb_takes_no_post():
    posts = placed_posts(
        f"El Sr. Tran Van Binh nombró al Sr. {A} secretario del Comité Provincial del Partido de Binh Duong.",
        "es",
    )
    assert BD_SECRETARY not in posts.get("Tran Van Binh", set())


# 2. A body's head named after a passive wording of heading, the name's own title written after it: he heads the body
# besides his own post (the wording gave the body only to an untitled name or one titled between)
VL = "Lu Quang Ngoi"
VL_CHAIR = ("chair", "peoples_committee", "provincial", "Vinh Long")


@pytest.mark.parametrize(
    ("lang", "text", "head"),
    [
        (
            "fr",
            f"La Commission électorale provinciale de Vinh Long est présidée par {VL}, président du Comité populaire "
            "provincial.",
            ("chair", "other", "provincial", "Vinh Long"),
        ),
        (
            "fr",
            f"La Commission d'inspection du Comité provincial du Parti de Vinh Long est présidée par M. {VL}, secrétaire "
            "adjoint du Comité provincial du Parti.",
            ("chair", "party_commission", "provincial", "Vinh Long"),
        ),
        (
            "es",
            f"La Comisión Electoral Provincial de Vinh Long está presidida por el Sr. {VL}, presidente del Comité Popular "
            "Provincial.",
            ("chair", "other", "provincial", "Vinh Long"),
        ),
        (
            "en",
            f"The Vinh Long Provincial Election Committee is chaired by Mr. {VL}, Chairman of the Provincial People's "
            "Committee.",
            ("chair", "other", "provincial", "Vinh Long"),
        ),
        (
            "en",
            f"The Inspection Commission of the Vinh Long Provincial Party Committee is headed by Mr. {VL}, Deputy "
            "Secretary of the Provincial Party Committee.",
            ("chair", "party_commission", "provincial", "Vinh Long"),
        ),
        (
            "pl",
            f"Prowincjonalna Komisja Wyborcza Vinh Long jest kierowana przez pana {VL}, przewodniczącego "
            "Prowincjonalnego Komitetu Ludowego.",
            ("chair", "other", "provincial", "Vinh Long"),
        ),
        (
            "de",
            f"Die Inspektionskommission des Parteikomitees der Provinz Vinh Long wird geleitet von Herrn {VL}, "
            "stellvertretender Sekretär des Parteikomitees der Provinz.",
            ("chair", "party_commission", "provincial", "Vinh Long"),
        ),
        (
            "ar",
            "لجنة التفتيش التابعة للجنة الحزب في مقاطعة فينه لونغ يرأسها السيد لو كوانغ نغوي، نائب أمين لجنة الحزب الإقليمية.",
            ("chair", "party_commission", "provincial", "Vinh Long"),
        ),
    ],
)
def test_a_titled_name_after_a_passive_wording_of_heading_heads_the_body(lang, text, head):
    posts = placed_posts(text, lang)[VL]
    assert head in posts
    assert len(posts) == 2  # and its own post


def test_a_place_before_the_later_body_keeps_the_chain_of_bodies():
    # "the Inspection Commission of the Vinh Long Provincial Party Committee": the commission, not the committee
    text = f"The Inspection Commission of the Vinh Long Provincial Party Committee is headed by Mr. {VL}."
    assert placed_posts(text, "en")[VL] == {("chair", "party_commission", "provincial", "Vinh Long")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: the wording as an apposition between commas, a sitting's chair; a delegation's head; a meeting's
        (
            "en",
            f"The Standing Committee of the Vinh Long Provincial Party Committee, chaired by Mr. {VL}, Secretary of the "
            "Provincial Party Committee, reviewed the plan.",
        ),
        (
            "es",
            f"La delegación del Comité Popular Provincial de Vinh Long, encabezada por el Sr. {VL}, presidente del Comité "
            "Popular Provincial, visitó Hanoi.",
        ),
        (
            "fr",
            f"Le 5 mai 2024, la réunion du Comité populaire provincial de Vinh Long, présidée par M. {VL}, président du "
            "Comité populaire provincial, a examiné le plan.",
        ),
    ],
)
def test_no_head_of_a_body_where_the_wording_names_a_sittings_chair(lang, text):
    posts = placed_posts(text, lang)[VL]
    assert not {p for p in posts if p[1] in ("party_standing_committee", "other")}
    assert len(posts) == 1


def test_a_sitting_chaired_by_a_titled_name_keeps_its_chair():
    text = (
        f"The Standing Committee of the Vinh Long Provincial Party Committee, chaired by Mr. {VL}, Secretary of the "
        "Provincial Party Committee, reviewed the plan."
    )
    assert [m.chairs for m in extracted(text, "en").meetings] == [[VL]]


# 3. A group a holding verb follows, the group its subject and the body after the verb its host: the wording of
# chairing after the host names the meeting's chair ("el equipo de inspección se reunió con el Comité Popular
# Provincial, presidido por el Sr. A"), as after a host that works with the group
def _chairs(text: str, lang: str) -> list:
    return [(m.date, m.chairs) for m in extracted(text, lang).meetings]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"El 5 de mayo de 2024, el equipo de inspección se reunió con el Comité Popular Provincial, presidido por el"
            f" Sr. {A}, presidente del Comité Popular Provincial.",
        ),
        (
            "es",
            f"El 5 de mayo de 2024, la delegación de trabajo del Gobierno se reunió con el Comité Popular Provincial,"
            f" presidido por el Sr. {A}, presidente del Comité Popular Provincial.",
        ),
        (
            "en",
            f"On May 5, 2024, the inspection team met with the Provincial People's Committee, chaired by Mr. {A},"
            " Chairman of the Provincial People's Committee.",
        ),
    ],
)
def test_the_host_a_group_meets_with_keeps_its_chair(lang, text):
    assert _chairs(text, lang) == [("2024-05-05", [A])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the other languages read it already
        (
            "es",
            f"El 5 de mayo de 2024, el equipo de inspección trabajó con el Comité Popular Provincial, presidido por el"
            f" Sr. {A}, presidente del Comité Popular Provincial.",
        ),
        (
            "fr",
            f"Le 5 mai 2024, l'équipe d'inspection a rencontré le Comité populaire provincial, présidé par M. {A},"
            " président du Comité populaire provincial.",
        ),
        (
            "de",
            f"Am 5. Mai 2024 traf sich das Inspektionsteam mit dem Volkskomitee der Provinz unter dem Vorsitz von Herrn"
            f" {A}, Vorsitzender des Volkskomitees der Provinz.",
        ),
        (
            "pl",
            f"5 maja 2024 r. zespół kontrolny spotkał się z Prowincjonalnym Komitetem Ludowym pod przewodnictwem pana"
            f" {A}, przewodniczącego Prowincjonalnego Komitetu Ludowego.",
        ),
        (
            "vi",
            "Ngày 5/5/2024, Đoàn kiểm tra làm việc với UBND tỉnh do ông Nguyễn Văn Anh, Chủ tịch UBND tỉnh chủ trì.",
        ),
    ],
)
def test_the_host_keeps_its_chair_in_the_other_languages(lang, text):
    assert _chairs(text, lang) == [("2024-05-05", [A])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: the group led by the name, its verb after the wording (the group's head chairs nothing)
        (
            "en",
            f"On March 5, 2025, the working delegation of the Central Committee, led by Mr. {A}, worked with Lang Son"
            " province.",
        ),
        (
            "es",
            f"El 5 de marzo de 2025, la comisión de trabajo del Comité Central, presidida por el Sr. {A}, visitó la"
            " provincia de Lang Son.",
        ),
    ],
)
def test_a_group_led_by_a_name_before_its_verb_gives_no_chair(lang, text):
    assert all(not c for _, c in _chairs(text, lang))


# 4. ar: the post written first ('أما منصب ... فقد تولاه السيد A', as for the post of ..., Mr. A took it): a verb of
# taking or holding with the post as its object pronoun links the title before it to the name, as a copula does
BD_VICE_CHAIR = ("vice_chair", "peoples_committee", "provincial", "Binh Duong")


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "ar",
            "أما منصب نائب رئيس اللجنة الشعبية لمقاطعة بينه دونغ فقد تولاه السيد نغوين فان آنه.",
            BD_VICE_CHAIR,
        ),
        (
            "ar",
            "أما منصب نائب رئيس اللجنة الشعبية لمقاطعة بينه دونغ فتولاه السيد نغوين فان آنه.",
            BD_VICE_CHAIR,
        ),
        (
            "ar",
            "أما منصب رئيس اللجنة الشعبية لمقاطعة بينه دونغ فقد شغله السيد نغوين فان آنه منذ عام 2020.",
            ("chair", "peoples_committee", "provincial", "Binh Duong"),
        ),
    ],
)
def test_a_post_written_before_the_verb_that_hands_it_to_the_name(lang, text, post):
    assert placed_posts(text, lang)[A] == {post}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the languages that read it already (a verb between the post and the name)
        (
            "pl",
            f"Stanowisko wiceprzewodniczącego Prowincjonalnego Komitetu Ludowego Binh Duong objął pan {A}.",
        ),
        (
            "de",
            f"Das Amt des stellvertretenden Vorsitzenden des Volkskomitees der Provinz Binh Duong übernahm Herr {A}.",
        ),
        ("ar", "أما نائب رئيس اللجنة الشعبية لمقاطعة بينه دونغ فهو السيد نغوين فان آنه."),
    ],
)
def test_a_post_written_first_reads_alike_in_the_other_languages(lang, text):
    assert placed_posts(text, lang)[A] == {BD_VICE_CHAIR}


def test_a_title_before_a_verb_acting_on_the_name_is_not_the_names():
    # guard: 'as for the Chairman of the Provincial People's Committee, he received Mr. A'
    posts = placed_posts("أما رئيس اللجنة الشعبية لمقاطعة بينه دونغ فقد استقبل السيد نغوين فان آنه.", "ar")
    assert not posts.get(A)


# 5. A count written with a thousands separator is a count, as one written without it, never a member's post of the
# name before it: "representing 94,257 party members of the provincial Party Committee" (mt25 ar-10)
HCM_CHAIR = ("chair", "peoples_committee", "provincial", "Ho Chi Minh")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "ومن بين الحضور نائب رئيس الوزراء ماي فان تشينه؛ والسيد نجوين فان دوك، رئيس اللجنة الشعبية لمدينة هو تشي منه،"
            " إلى جانب 447 مندوبًا رسميًا يمثلون {n} عضوًا في الحزب في لجنة الحزب الإقليمية بأكملها.",
        ),
        (
            "en",
            "Attending were Deputy Prime Minister Mai Van Chinh; and Mr. Nguyen Van Duoc, Chairman of the Ho Chi Minh City"
            " People's Committee, along with 447 official delegates representing {n} party members of the provincial"
            " Party Committee.",
        ),
    ],
)
@pytest.mark.parametrize("n", ["94,257", "94257"])
def test_a_count_with_a_thousands_separator_is_no_members_post(lang, text, n):
    text = text.format(n=n)
    posts = placed_posts(text, lang)
    assert posts["Nguyen Van Duoc"] == {HCM_CHAIR}
    assert posts["Mai Van Chinh"] == {("deputy_prime_minister", "government", "central", None)}
    assert (94257.0, "persons") in figures(text, lang)


def test_a_members_post_after_a_comma_stays():
    # guard: the comma that closes a title still parts it from the next ('..., member of ...')
    text = "Mr. Nguyen Van Duoc, Chairman of the Ho Chi Minh City People's Committee, member of the City Party Committee."
    posts = placed_posts(text, "en")["Nguyen Van Duoc"]
    assert {HCM_CHAIR, ("member", "party_committee", "provincial", "Ho Chi Minh")} <= posts


@pytest.mark.parametrize("n", ["94.257", "94257"])
def test_a_counted_role_in_a_relative_clause_is_no_post(n):
    # de: the count opens a relative clause after a comma ("die 94257 Mitglieder des Provinzparteikomitees vertreten")
    text = (
        "Anwesend war Herr Nguyen Van Duoc, Vorsitzender des Volkskomitees von Ho-Chi-Minh-Stadt, sowie 447 offizielle"
        f" Delegierte, die {n} Mitglieder des Provinzparteikomitees vertreten."
    )
    assert placed_posts(text, "de")["Nguyen Van Duoc"] == {HCM_CHAIR}


def test_a_year_before_a_title_is_no_count():
    # guard: "2020" right before a title is a year, the title the name's
    text = "Mr. Nguyen Van Duoc, since 2020 Chairman of the Ho Chi Minh City People's Committee, spoke."
    assert HCM_CHAIR in placed_posts(text, "en")["Nguyen Van Duoc"]


# 6. Ho Chi Minh City's numbered districts are places ("District 8", "quận 8", "المنطقة 8", GOLD's "Quan 8"): two
# district posts of one official in two of them stay two
HAI = "Nguyen Ho Hai"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Ông Nguyễn Hồ Hải từng là Bí thư Quận ủy Quận 8 và Phó Chủ tịch UBND Quận 3."),
        (
            "en",
            f"Mr. {HAI} was Secretary of the District 8 Party Committee and Vice Chairman of the District 3 People's"
            " Committee.",
        ),
        (
            "fr",
            f"M. {HAI} a été secrétaire du Comité du Parti du District 8 et vice-président du Comité populaire du"
            " District 3.",
        ),
        (
            "es",
            f"El Sr. {HAI} fue secretario del Comité del Partido del Distrito 8 y vicepresidente del Comité Popular del"
            " Distrito 3.",
        ),
        (
            "pl",
            f"Pan {HAI} był sekretarzem Komitetu Partii Dzielnicy 8 i wiceprzewodniczącym Komitetu Ludowego Dzielnicy 3.",
        ),
        (
            "de",
            f"Herr {HAI} war Sekretär des Parteikomitees von Bezirk 8 und stellvertretender Vorsitzender des"
            " Volkskomitees von Bezirk 3.",
        ),
        (
            "ar",
            "شغل السيد نجوين هو هاي منصب أمين لجنة الحزب في المنطقة 8 ونائب رئيس اللجنة الشعبية للمنطقة 3.",
        ),
    ],
)
def test_a_numbered_district_is_a_place(lang, text):
    assert placed_posts(text, lang)[HAI] == {
        ("secretary", "party_committee", "district", "Quan 8"),
        ("vice_chair", "peoples_committee", "district", "Quan 3"),
    }


def test_two_posts_in_two_numbered_districts_stay_two():
    text = "Ông Nguyễn Hồ Hải từng giữ chức Bí thư Quận ủy Quận 8 và Bí thư Quận ủy Quận 3."
    assert placed_posts(text, "vi")[HAI] == {
        ("secretary", "party_committee", "district", "Quan 8"),
        ("secretary", "party_committee", "district", "Quan 3"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: a numbered ward of another city; a number the gazetteer has no district of (District 2 merged into
        # Thu Duc in 2021)
        (
            "de",
            "Genosse Tran Tri Quang, Sekretär des Parteikomitees von Bezirk 1, Stadt Cao Lanh, Provinz Dong Thap.",
        ),
        ("en", f"Mr. {HAI}, Chairman of the People's Committee of District 2."),
    ],
)
def test_no_numbered_district_where_another_place_or_no_district_is_meant(lang, text):
    posts = set().union(*placed_posts(text, lang).values())
    assert not any(p[3] and p[3].startswith("Quan ") for p in posts)


# 7. A number a label noun names is no count of the people a noun after it denotes: "the District 3 People's
# Committee" (3 persons before), as "Region 1" is no count in any other figure
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            f"Mr. {HAI} was Secretary of the District 8 Party Committee and Vice Chairman of the District 3 People's"
            " Committee.",
            [],
        ),
        ("en", "Region 1 has 300 people.", [(300.0, "persons")]),  # guard: the count after it stays
        (
            "fr",
            f"M. {HAI} a été vice-président du Comité populaire du District 3 et 300 personnes ont participé.",
            [(300.0, "persons")],
        ),
    ],
)
def test_a_labelled_number_counts_no_people(lang, text, want):
    assert figures(text, lang) == want


# 2b. de: the participle of heading closes the clause, its agent after 'von' before it ("Die Kommission wird von Herrn
# A, Vorsitzender des Volkskomitees, geleitet"): A heads the commission besides his own post, as after 'geleitet von'
def test_a_closing_participle_of_heading_names_the_bodys_head():
    text = (
        f"Die Inspektionskommission des Parteikomitees der Provinz Vinh Long wird von Herrn {VL}, stellvertretender"
        " Sekretär des Parteikomitees der Provinz, geleitet."
    )
    assert placed_posts(text, "de")[VL] == {
        ("chair", "party_commission", "provincial", "Vinh Long"),
        ("deputy_secretary", "party_committee", "provincial", "Vinh Long"),
    }
    assert not extracted(text, "de").meetings  # (no sitting: the commission is led, nothing held)


def test_a_sitting_led_by_a_name_keeps_its_chair_in_german():
    # guard: a meeting noun in the sentence: the participle names its chair, no head of a body
    text = (
        f"Am 5. Mai 2024 hielt das Volkskomitee der Provinz Vinh Long eine Sitzung ab. Die Sitzung wurde von Herrn {VL},"
        " Vorsitzender des Volkskomitees der Provinz, geleitet."
    )
    assert placed_posts(text, "de")[VL] == {VL_CHAIR}
    assert [m.chairs for m in extracted(text, "de").meetings] == [[VL]]
