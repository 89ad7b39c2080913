"""Review8's items left by the lead (docs/reviews/review8.md: the according branch of item 1, item 2's Arabic half,
items 3-8 and 21), fixed as pack data read by the engine."""

import pytest

from tests.helpers import extracted, positions

CHAIR = {("chair", "peoples_committee", "provincial")}


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
