"""review20's Medium findings (docs/reviews/review20.md): the hostile sentences, and the original commits' cases as guards."""

import pytest

from kg.extract import extract
from kg.model import Article


def extracted(text, lang):
    return extract(Article("t", text, lang=lang))


def posts(x):
    return {(o.name, p.role, p.body.org) for o in x.officials for p in o.positions}


# Medium 1 (989bf29b): a citizen quoted with a courtesy title before the leader speaks is not the leader
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Van Hung, a farmer in Tan Lap commune, said the harvest was good. The Secretary of the"
            " Provincial Party Committee praised the farmers.",
        ),
        (
            "en",
            "Mr. Nguyen Van Hung thanked the delegation. The Chairman of the Provincial People's Committee then presented"
            " gifts.",
        ),
        (
            "vi",
            "Ông Nguyễn Văn Hùng, nông dân xã Tân Lập, cho biết vụ mùa bội thu. Bí thư Tỉnh ủy biểu dương nông dân.",
        ),
        (
            "fr",
            "M. Nguyen Van Hung, agriculteur de la commune de Tan Lap, a remercié la délégation. Le président du Comité"
            " populaire provincial a affirmé que la récolte était bonne.",
        ),
        (
            "pl",
            "Pan Nguyen Van Hung, rolnik z gminy Tan Lap, podziękował delegacji. Przewodniczący Prowincjonalnego"
            " Komitetu Ludowego podkreślił, że zbiory były dobre.",
        ),
        (
            "ar",
            "قال السيد نجوين فان هونغ، وهو مزارع في بلدية تان لاب، إن المحصول كان جيدا. وأكد رئيس اللجنة الشعبية"
            " الإقليمية أن المحصول كان جيدا.",
        ),
    ],
)
def test_a_citizen_with_a_courtesy_title_does_not_take_the_next_sentences_office(lang, text):
    x = extracted(text, lang)
    assert not {r for _, r, _ in posts(x)} & {"secretary", "chair"}


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "ar",
            "وفي كلمته خلال حفل الاستقبال، أعرب الرفيق ترينه فان تشين عن سعادته بالترحيب بالوفد. وأكد سكرتير لجنة الحزب"
            " في مقاطعة لانغ سون أن البلدين تربطهما علاقات جوار وثيقة.",
            ("Trinh Van Chien", "secretary", "party_committee"),
        ),
        (
            "ar",
            "وطلب ترينه فان تشين من السلطات المحلية التركيز على تطبيق القرارات. وأوضح رئيس البرلمان أن تحسين حياة"
            " السكان يجب أن يكون في صميم اهتمامات المقاطعة.",
            ("Trinh Van Chien", "chair", "national_assembly"),
        ),
        (
            "en",
            "In his speech, Comrade Trinh Van Chien expressed his joy at welcoming the delegation. The Secretary of the"
            " Lang Son Provincial Party Committee affirmed that the two countries have close relations.",
            ("Trinh Van Chien", "secretary", "party_committee"),
        ),
    ],
)
def test_a_comrade_or_a_bare_name_still_takes_the_next_sentences_office(lang, text, post):
    assert post in posts(extracted(text, lang))


# Medium 4 (653658c6) and Medium 6 (6ff21bea): a name in a clause of its own does not take the relieved post
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Provincial People's Council dismissed Mr. Tran Van Anh from the position of Vice Chairman of the"
            " Provincial People's Committee and elected Mr. Le Van Binh.",
        ),
        (
            "en",
            "The Provincial People's Council dismissed Mr. Tran Van Anh from the position of Vice Chairman of the"
            " Provincial People's Committee and thanked Mr. Le Van Binh.",
        ),
        (
            "de",
            "Der Provinzvolksrat entließ Herrn Tran Van Anh vom Amt des stellvertretenden Vorsitzenden des"
            " Provinzvolkskomitees und dankte Herrn Le Van Binh.",
        ),
        (
            "pl",
            "Prowincjonalna Rada Ludowa odwołała pana Tran Van Anha ze stanowiska wiceprzewodniczącego"
            " Prowincjonalnego Komitetu Ludowego i wybrała pana Le Van Binha.",
        ),
        (
            "en",
            "The Standing Committee relieved Mr. Tran Van Anh from the position of Director of the Department of"
            " Finance, and Mr. Le Van Binh attended the meeting.",
        ),
        (
            "en",
            "The Standing Committee relieved Mr. Tran Van Anh from the position of Director of the Department of"
            " Finance, and Mr. Le Van Binh announced the decision.",
        ),
    ],
)
def test_a_name_in_a_clause_of_its_own_does_not_take_the_relieved_post(lang, text):
    x = extracted(text, lang)
    assert not {(r, o) for n, r, o in posts(x) if n.startswith("Le Van Binh")} & {
        ("vice_chair", "peoples_committee"),
        ("director", "department"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "en",
            "The Provincial People's Council voted to dismiss Mr. Tran Van Anh from the position of Vice Chairman of the"
            " Provincial People's Committee and Mr. Le Van Binh (transferred to another job).",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "en",
            "The Provincial People's Council voted to dismiss Mr. Tran Van Anh from the position of Vice Chairman of the"
            " People's Committee of Lang Son province and Mr. Le Van Binh.",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "pl",
            "Prowincjonalna Rada Ludowa odwołała pana Tran Van Anha ze stanowiska wiceprzewodniczącego Komitetu"
            " Ludowego prowincji Lang Son oraz pana Le Van Binha.",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "ar",
            "صوّت مجلس الشعب الإقليمي على إعفاء السيد تران فان آنه من منصب نائب رئيس اللجنة الشعبية الإقليمية (لترشيحه"
            " لمنصب آخر)، والسيد لي فان بينه (الذي تم نقله إلى عمل آخر).",
            ("vice_chair", "peoples_committee"),
        ),
    ],
)
def test_a_coordinated_object_still_takes_the_relieved_post(lang, text, post):
    x = extracted(text, lang)
    assert {(r, o) for n, r, o in posts(x) if n.startswith("Le Van Binh")} >= {post}


def chairs(text, lang):
    return [(m.date, m.chairs) for m in extracted(text, lang).meetings]


# Medium 3 (c0e68b9c, cbb51eaf): a group the host works with leads nothing; the host's chair stays
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 5, 2025, the Provincial Party Standing Committee worked with the inspection team of the Central"
            " Inspection Commission, chaired by Mr. Nguyen Van An, Secretary of the Provincial Party Committee.",
        ),
        (
            "fr",
            "Le 5 mars 2025, le Comité permanent du Parti provincial a travaillé avec la mission de la Banque mondiale,"
            " sous la présidence de M. Nguyen Van An, secrétaire du Comité provincial du Parti.",
        ),
        (
            "de",
            "Am 5. März 2025 traf sich der Ständige Ausschuss des Provinzparteikomitees mit dem Team der Zentralen"
            " Inspektionskommission unter dem Vorsitz von Herrn Nguyen Van An, Sekretär des Provinzparteikomitees.",
        ),
        (
            "en",
            "On March 5, 2025, the Provincial People's Committee received the mission of the World Bank, chaired by"
            " Mr. Nguyen Van An, Chairman of the Provincial People's Committee.",
        ),
    ],
)
def test_a_group_the_host_works_with_does_not_take_the_hosts_chair(lang, text):
    assert chairs(text, lang) == [("2025-03-05", ["Nguyen Van An"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 5, 2025, the Provincial Party Committee received the working delegation of the Central Committee"
            " headed by Mr. Nguyen Van An, Deputy Head of the Central Organization Commission.",
        ),
        (
            "en",
            "On March 5, 2025, the working delegation of the Central Committee, led by Mr. Nguyen Van An, worked with"
            " Lang Son province.",
        ),
        (
            "es",
            "El 5 de marzo de 2025, la comisión de trabajo del Comité Central, presidida por el Sr. Nguyen Van An,"
            " visitó la provincia de Lang Son.",
        ),
    ],
)
def test_a_group_led_by_a_name_still_gives_no_chair(lang, text):
    assert all(not c for _, c in chairs(text, lang))


# Medium 2 (593eb4b5): a post received from a giver stays the receiver's
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Tran Van Binh received the decision on the appointment to the post of Director of the Department of"
            " Finance from Mr. Nguyen Van Cuong.",
        ),
        (
            "fr",
            "M. Tran Van Binh a reçu la décision de nomination au poste de directeur du Département des finances des"
            " mains de M. Nguyen Van Cuong.",
        ),
        (
            "es",
            "El Sr. Tran Van Binh recibió la decisión de nombramiento para el cargo de director del Departamento de"
            " Finanzas de manos del Sr. Nguyen Van Cuong.",
        ),
        (
            "pl",
            "Pan Tran Van Binh otrzymał decyzję o powołaniu na stanowisko dyrektora Departamentu Finansów od pana"
            " Nguyen Van Cuonga.",
        ),
        ("ar", "تسلم السيد تران فان بينه قرار التعيين في منصب مدير إدارة المالية من السيد نجوين فان كوونغ."),
    ],
)
def test_a_post_received_from_a_giver_stays_the_receivers(lang, text):
    x = extracted(text, lang)
    assert not {(n, r) for n, r, _ in posts(x) if n.startswith("Nguyen Van") and r == "director"}
    assert {(n[:14], r) for n, r, _ in posts(x) if r == "director"} == {("Tran Van Binh", "director")}
