"""Constructions earlier sessions found and left (left21), each read in every language where it exists.

1. An active appointing verb (an ``appoint`` cue) gives its object the post written right after the name, with no
   link word: es 'El Politburó nombró al Sr. A secretario del Comité Provincial del Partido de Binh Duong', pl 'Biuro
   Polityczne mianowało pana A sekretarzem Prowincjonalnego Komitetu Partii Binh Duong' (en 'appointed Mr. A
   Secretary of ...', fr 'a nommé M. A secrétaire du ...', de 'ernannte Herrn A zum Sekretär' read already).
"""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts

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
