"""Review8's items left by the lead (docs/reviews/review8.md: the according branch of item 1, item 2's Arabic half,
items 3-8 and 21), fixed as pack data read by the engine."""

import pytest

from tests.helpers import extracted, positions

CHAIR_POST = ("chair", "peoples_committee", "provincial")
CHAIR = {CHAIR_POST}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 1's second shape: a relative clause right after a source's name is the name's own
        (
            "vi",
            "Theo ông Nguyễn Văn An, người vừa được bầu làm Chủ tịch UBND tỉnh, năm nay tỉnh sẽ tăng trưởng 8%.",
        ),
        (
            "en",
            "According to Mr. Nguyen Van An, who was just elected Chairman of the Provincial People's Committee, "
            "the province will grow 8% this year.",
        ),
        (
            "fr",
            "Selon M. Nguyen Van An, qui vient d'être élu président du Comité populaire provincial, la province va "
            "croître de 8 % cette année.",
        ),
        (
            "es",
            "Según el señor Nguyen Van An, quien fue elegido presidente del Comité Popular Provincial, la provincia "
            "crecerá un 8% este año.",
        ),
        (
            "de",
            "Laut Herrn Nguyen Van An, der gerade zum Vorsitzenden des Volkskomitees der Provinz gewählt wurde, wird "
            "die Provinz in diesem Jahr um 8 % wachsen.",
        ),
        (
            "pl",
            "Według pana Nguyen Van An, który właśnie został wybrany na przewodniczącego Prowincjonalnego Komitetu "
            "Ludowego, prowincja wzrośnie w tym roku o 8%.",
        ),
        (
            "ar",
            "ووفقا للسيد نغوين فان آن، الذي انتخب مؤخرا رئيسا للجنة الشعبية للمقاطعة، فإن المقاطعة ستنمو بنسبة 8% هذا العام.",
        ),
    ],
)
def test_a_relative_clause_after_a_source_keeps_the_sources_title(lang, text):
    assert positions(extracted(text, lang=lang), "Nguyen Van An") == CHAIR


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Theo ông Nguyễn Văn An, đây là nhiệm vụ của Chủ tịch UBND tỉnh."),
        ("vi", "Theo ông Nguyễn Văn An, người dân là chủ thể, Chủ tịch UBND xã phải chịu trách nhiệm."),
        (
            "en",
            "According to Mr. Nguyen Van An, the task is for the Chairman of the Provincial People's Committee.",
        ),
    ],
)
def test_a_link_after_a_source_with_no_relative_clause_is_still_cut(lang, text):
    assert not positions(extracted(text, lang=lang), "Nguyen Van An")


SECRETARY_AND_CHAIR = {("secretary", "party_committee", "provincial"), CHAIR_POST}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 2's Arabic half: a dropped subject after "A met B" is A's, not B's (and the same in pl and es)
        (
            "ar",
            "التقى الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، بالرفيق تران فان بينه. وقبل ذلك، شغل منصب رئيس "
            "اللجنة الشعبية لمقاطعة لاو كاي.",
        ),
        (
            "ar",
            "استقبل الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، الرفيق تران فان بينه. وقبل ذلك، شغل منصب رئيس "
            "اللجنة الشعبية لمقاطعة لاو كاي.",
        ),
        (
            "pl",
            "Sekretarz Komitetu Partii Prowincji Nguyen Van An przyjął pana Tran Van Binh, dyrektora Departamentu "
            "Finansów. Wcześniej pełnił funkcję przewodniczącego Komitetu Ludowego prowincji.",
        ),
        (
            "es",
            "El secretario del Comité Provincial del Partido, Nguyen Van An, recibió al señor Tran Van Binh, director "
            "del Departamento de Finanzas. Anteriormente ocupó el cargo de presidente del Comité Popular Provincial.",
        ),
    ],
)
def test_a_dropped_subject_after_a_verb_acting_on_a_person_is_the_verbs_subject(lang, text):
    x = extracted(text, lang=lang)
    assert positions(x, "Nguyen Van An") == SECRETARY_AND_CHAIR
    assert CHAIR_POST not in positions(x, "Tran Van Binh")


def test_a_dropped_subject_after_a_sentence_with_one_official_is_still_that_officials():
    text = (
        "الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، زار المقاطعة. وقبل ذلك، شغل منصب رئيس اللجنة الشعبية "
        "لمقاطعة لاو كاي."
    )
    assert positions(extracted(text, lang="ar"), "Nguyen Van An") == SECRETARY_AND_CHAIR
