"""Arabic cases found on the fifth blind silver set (silver/ set ar5) and the unlabelled Arabic
articles, for metrics: what the tables (``tests/data/cases/dates.tsv``) cannot say. The meeting
date of a day written after a document's issue date is a ``dates.tsv`` row
(``ar-issued-before-the-meeting``)."""

from kg.extract import extract
from kg.model import Article


def _indicators(text: str, lang: str = "ar") -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.indicator for m in extract(Article("case", text, lang=lang)).metrics}


def test_a_growth_rate_with_no_other_indicator_is_the_economys():
    found = _indicators("وسجلت مقاطعة هاو جيانج معدلات نمو تقدر بنحو 10.94% في الأشهر التسعة الأولى.")
    assert found[10.94, "percent"] == "grdp_growth"


def test_the_growth_rate_of_something_named_after_it_is_that_things():
    found = _indicators("بلغ معدل نمو الصادرات 12.5% مقارنة بالعام الماضي.")
    assert found[12.5, "percent"] == "export_value"


def test_a_count_of_provinces_with_a_growth_rate_is_no_rate():
    text = "كان لدى 3 من 34 مقاطعة ومدينة معدل نمو في الناتج المحلي الإجمالي يزيد عن 10٪."
    found = _indicators(text)
    assert found[3.0, "count"] == "other"
    assert found[34.0, "count"] == "other"
    assert found[10.0, "percent"] == "grdp_growth"


def test_a_count_after_a_growth_rate_is_no_rate_in_english_either():
    found = _indicators("The growth rate of the province was driven by 3 industrial parks.", "en")
    assert found[3.0, "count"] == "other"


def test_each_place_of_a_list_with_its_figure_in_brackets_takes_the_figure_before_it():
    text = (
        "سجلت 3 من 34 مقاطعة معدل نمو في الناتج المحلي الإجمالي يزيد عن 10٪: "
        "كوانج نينه (12.88٪)؛ هاي فونج (12.47٪)، دونج ناي (10.18٪)."
    )
    found = _indicators(text)
    assert found[12.88, "percent"] == "grdp_growth"
    assert found[12.47, "percent"] == "grdp_growth"
    assert found[10.18, "percent"] == "grdp_growth"


def test_a_bracketed_figure_after_a_full_stop_takes_nothing_from_the_figure_before():
    text = "بلغ معدل نمو الاقتصاد 8%. وسجلت المقاطعة إنتاجا قياسيا (12%)."
    found = _indicators(text)
    assert found[8.0, "percent"] == "grdp_growth"
    assert found[12.0, "percent"] == "other"


def test_workers_officers_beneficiaries_and_individuals_are_people():
    for noun in ("عاملا", "عاملين", "ضابطا", "ضباط", "مستفيدا", "أفراد"):
        text = f"شارك في البرنامج 25 {noun} من المقاطعة."
        units = [(m.value, m.unit) for m in extract(Article("case", text, lang="ar")).metrics]
        assert units == [(25.0, "persons")], noun


def test_poverty_jobs_visitors_tourism_revenue_and_fdi_wordings():
    assert _indicators("بلغت نسبة الأسر الفقيرة 1.2% في نهاية العام.")[1.2, "percent"] == "poverty_rate"
    assert _indicators("تم بناء 617 منزلا للأسر الفقيرة.")[617.0, "count"] == "other"
    assert _indicators("تم خلق 18 ألف فرصة عمل جديدة.")[18000.0, "persons"] == "jobs_created"
    text = "استقبلت المقاطعة 12.5 مليون زائر، وبلغت الإيرادات السياحية 30 ألف مليار دونج."
    found = _indicators(text)
    assert found[12500000.0, "persons"] == "tourist_arrivals"
    assert found[30000.0, "billion_vnd"] == "tourism_revenue"
    text = "جذبت المقاطعة مشروعات استثماريًا أجنبيًا مباشرًا برأس مال مسجل يبلغ 150 مليون دولار أمريكي."
    assert _indicators(text)[150.0, "million_usd"] == "fdi"


def test_a_rank_word_written_before_an_ordinal_word_is_a_rank():
    for text, value in (
        ("احتلت المقاطعة المركز الخامس في مؤشر PAPI.", 5.0),
        ("احتلت المقاطعة المرتبة الأولى في البلاد من حيث مؤشر PCI.", 1.0),
    ):
        ranks = [(m.value, m.unit) for m in extract(Article("case", text, lang="ar")).metrics]
        assert ranks == [(value, "rank")], text
    text = "The State budget revenue was VND4,935 billion, ranking second in the Mekong Delta."
    assert (2.0, "rank") in [(m.value, m.unit) for m in extract(Article("case", text, lang="en")).metrics]


def test_an_ordinal_word_after_no_rank_word_is_no_rank():
    for text in ("عقد المؤتمر الخامس للجنة الحزب.", "افتتح المركز الثقافي الأول في المقاطعة."):
        assert [m.unit for m in extract(Article("case", text, lang="ar")).metrics] == [], text
