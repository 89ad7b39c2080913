"""review25's fixes of this session's Mediums (docs/reviews/review25.md), each with its guards (Mediums 1 to 4
were fixed by their author: 603541f6, 7ab07f1d, 5d127556, 6d722a96).

1. Medium 5 (657bd56a): a quantifier before a sector noun keeps the economy's growth only when nothing after the noun
   names the sectors it is ('in all sectors reached'; not vi 'ở các ngành dịch vụ đạt', the service sectors, fr 'tous
   les secteurs industriels').
"""

import pytest

from tests.helpers import sentence_metrics

# 1. Medium 5: a group of sectors a word after the noun names is no whole economy
GROUP = {
    "vi": "Tăng trưởng ở các ngành dịch vụ đạt 8,5%.",
    "vi-2": "Tốc độ tăng trưởng trên các lĩnh vực nông nghiệp đạt 8,5%.",
    "fr": "La croissance dans tous les secteurs industriels a atteint 8,5 %.",
    "es": "El crecimiento en todos los sectores industriales alcanzó el 8,5%.",
    "ar": "بلغ النمو في جميع القطاعات الصناعية 8.5%.",
}
WHOLE = {
    "vi": "Tăng trưởng kinh tế trên các lĩnh vực đạt 8,5%.",
    "en": "Economic growth in all sectors reached 8.5%.",
    "fr": "La croissance économique dans tous les secteurs a atteint 8,5 %.",
    "ar": "بلغ النمو الاقتصادي في جميع القطاعات 8.5%.",
}


@pytest.mark.parametrize(
    ("case", "want"), [(c, "other") for c in GROUP] + [(f"whole-{c}", "grdp_growth") for c in WHOLE]
)
def test_a_group_of_sectors_is_no_whole_economy(case, want):
    text = WHOLE[case[6:]] if case.startswith("whole-") else GROUP[case]
    lang = case.removeprefix("whole-")[:2]
    assert [(m.value, m.indicator) for m in sentence_metrics(text, lang)] == [(8.5, want)]
