"""mt33's fixes from its blind round (silver/mt33): a career sentence opening with a range of two dates, each with
its month ("Od marca 2014 r. do października 2020 r. był zastępcą sekretarza ...", "De marzo de 2014 a octubre de
2020 fue subsecretario ..."), its subject dropped: the posts are the official's named before."""

from __future__ import annotations

import pytest

from tests.helpers import figures, placed_posts

BINH_THUAN = ("deputy_secretary", "party_committee", "provincial", "Binh Thuan")

RANGE = {
    "pl": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. Od marca 2014 r. do października 2020 r. był "
    "zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan.",
    "pl-no-abbreviation": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. Od marca 2014 do października 2020 "
    "był zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan.",
    "es": "El Sr. Duong Van An es originario de Thua Thien Hue. De marzo de 2014 a octubre de 2020 fue subsecretario "
    "del Comité Provincial del Partido de Binh Thuan.",
    # (the nearby readings that were right before: one date, a short range, a pronoun after a comma)
    "pl-one-date": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. W 2014 r. był zastępcą sekretarza "
    "Prowincjonalnego Komitetu Partii Binh Thuan.",
    "pl-short": "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. W latach 2014-2020 był zastępcą sekretarza "
    "Prowincjonalnego Komitetu Partii Binh Thuan.",
    "en": "Mr Duong Van An is from Thua Thien Hue. From March 2014 to October 2020, he was Deputy Secretary of the "
    "Binh Thuan Provincial Party Committee.",
    "de": "Herr Duong Van An stammt aus Thua Thien Hue. Von März 2014 bis Oktober 2020 war er stellvertretender "
    "Sekretär des Provinzparteikomitees Binh Thuan.",
}


@pytest.mark.parametrize("case", sorted(RANGE))
def test_a_dated_range_before_a_dropped_subject(case):
    assert placed_posts(RANGE[case], case[:2]) == {"Duong Van An": {BINH_THUAN}}


def test_a_range_before_another_name_is_that_name_s():
    text = (
        "Pan Duong Van An pochodzi z prowincji Thua Thien Hue. Od marca 2014 r. do października 2020 r. pan Le Van "
        "Binh był zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan."
    )
    posts = placed_posts(text, "pl")
    assert BINH_THUAN not in posts["Duong Van An"]
    assert posts["Le Van Binh"] == {BINH_THUAN}


# a part of a count of people right after a partition cue, a verb after it (no counted noun): people too
PART = {
    "es": "La primera sesión eligió a 15 camaradas para el Comité Permanente del Comité Provincial del Partido, de los "
    "cuales 11 fueron reelegidos.",
    "fr": "La première session a élu 15 camarades au Comité permanent du Comité provincial du Parti, dont 11 ont été "
    "réélus.",
    "pl": "Pierwsze posiedzenie wybrało 15 towarzyszy do Stałego Komitetu Prowincjonalnego Komitetu Partii, z których "
    "11 zostało ponownie wybranych.",
    # (read before: en, de, vi)
    "en": "The first session elected 15 comrades to the Standing Committee of the Provincial Party Committee, of whom 11 "
    "were re-elected.",
    "de": "Die erste Sitzung wählte 15 Genossen in den Ständigen Ausschuss des Provinzparteikomitees, davon wurden 11 "
    "wiedergewählt.",
    "vi": "Phiên họp thứ nhất đã bầu 15 đồng chí vào Ban Thường vụ Tỉnh ủy, trong đó, có 11 người tái cử.",
}


@pytest.mark.parametrize("lang", sorted(PART))
def test_a_part_of_people_after_a_partition_cue(lang):
    assert figures(PART[lang], lang) == [(15.0, "persons"), (11.0, "persons")]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a counted noun after the part still decides; a count's part stays a count
        (
            "es",
            "La provincia tiene 120 proyectos, de los cuales 11 fueron terminados.",
            [(120.0, "count"), (11.0, "count")],
        ),
        (
            "en",
            "The province received 300 delegates, of which 20 hectares were set aside.",
            [(300.0, "persons"), (20.0, "hectares")],
        ),
    ],
)
def test_a_part_keeps_its_own_noun_or_count(lang, text, want):
    assert figures(text, lang) == want


# a career list after "held many posts, such as" (vi "đã đảm nhiệm nhiều vị trí công tác như ..."), no colon
CAREER = {("standing_member", "party_committee", "provincial"), ("member", "national_assembly", "central")}
MANY_POSTS = {
    "es": "El Sr. Duong Van Trang, de 59 años, es originario de Quang Ngai. El Sr. Duong Van Trang ha ocupado numerosos "
    "cargos, como miembro de la Comisión de Defensa y Seguridad de la Asamblea Nacional de la XII legislatura; miembro "
    "del Comité Permanente del Comité Provincial del Partido de Gia Lai.",
    "fr": "M. Duong Van Trang, 59 ans, est originaire de Quang Ngai. M. Duong Van Trang a occupé de nombreux postes, "
    "tels que membre de la Commission de la défense et de la sécurité de l'Assemblée nationale de la 12e législature ; "
    "membre du Comité permanent du Comité provincial du Parti de Gia Lai.",
    # (read before: en, ar)
    "en": "Mr Duong Van Trang, 59, is from Quang Ngai. Mr Duong Van Trang has held many positions such as member of the "
    "National Defence and Security Committee of the 12th National Assembly; member of the Standing Committee of the "
    "Gia Lai Provincial Party Committee.",
    "ar": "السيد دونغ فان ترانغ، 59 عامًا، من كوانغ نغاي. شغل السيد دونغ فان ترانغ العديد من المناصب مثل عضو لجنة الدفاع "
    "والأمن في الجمعية الوطنية الثانية عشرة؛ عضو اللجنة الدائمة للجنة الحزب لمقاطعة جيا لاي.",
}


@pytest.mark.parametrize("lang", sorted(MANY_POSTS))
def test_many_posts_such_as(lang):
    posts = placed_posts(MANY_POSTS[lang], lang)["Duong Van Trang"]
    assert {post[:3] for post in posts} >= CAREER
