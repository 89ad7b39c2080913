"""mt26b's blind round (silver/mt26, corrections-mt26b.txt): the constructions kg missed, each read in every language
where it exists.

1. A list's header after a name of the same sentence: a count and a plural role before the colon are the listed
   names' post, the whole role ("Avec le départ à la retraite de Mme A, le ministère des Finances compte encore 3
   vice-ministres : B, C et D" gave B, C, D minister: the plural word 'ministres' cut 'vice-' off), also when no
   comma follows the name (de 'Mit dem Ruhestand von Frau A hat das Finanzministerium noch 3 stellvertretende
   Minister: B, C', pl '... ma jeszcze 3 wiceministrów: B, C', en 'After Mrs. A retired, ...': no post).
"""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts

MAI, B, C, D = "Vu Thi Mai", "Ta Anh Tuan", "Nguyen Duc Chi", "Vo Thanh Hung"
DEPUTY_MINISTER = ("deputy_minister", "ministry", "central", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            f"Avec le départ à la retraite de Mme {MAI}, le ministère des Finances compte encore 3 vice-ministres : {B},"
            f" {C} et {D}.",
        ),
        (
            "en",
            f"With the retirement of Mrs. {MAI}, the Ministry of Finance now has 3 deputy ministers: {B}, {C} and {D}.",
        ),
        (
            "en",
            f"After Mrs. {MAI} retired, the Ministry of Finance has 3 deputy ministers: {B}, {C} and {D}.",
        ),
        (
            "de",
            f"Mit dem Ruhestand von Frau {MAI} hat das Finanzministerium noch 3 stellvertretende Minister: {B}, {C} und"
            f" {D}.",
        ),
        (
            "pl",
            f"Po przejściu pani {MAI} na emeryturę Ministerstwo Finansów ma jeszcze 3 wiceministrów: Ta Anh Tuana, {C}"
            " i Vo Thanh Hunga.",
        ),
        # (already read: es, ar, and the header with no name before it)
        (
            "es",
            f"Con la jubilación de la Sra. {MAI}, el Ministerio de Finanzas cuenta con 3 viceministros: {B}, {C} y {D}.",
        ),
        ("fr", f"Le ministère des Finances compte encore 3 vice-ministres : {B}, {C} et {D}."),
        ("de", f"Das Finanzministerium hat noch 3 stellvertretende Minister: {B}, {C} und {D}."),
    ],
)
def test_a_counted_plural_role_before_a_colon_is_the_listed_names_post_after_a_name(lang, text):
    posts = placed_posts(text, lang)
    for name in (B, C, D):
        assert posts[name] == {DEPUTY_MINISTER}, (name, posts)


@pytest.mark.parametrize(
    ("lang", "text", "name", "post"),
    [
        # the name's own title before the colon stays its own ("A, Secretary of X: ...")
        (
            "en",
            "Mr. Nguyen Van An, Secretary of the Provincial Party Committee: the province has 3 key tasks.",
            "Nguyen Van An",
            {("secretary", "party_committee", "provincial", None)},
        ),
        # a chair's meeting with a counted plural role: the list's post (no post before the fix either), the chair's none
        (
            "en",
            f"Mr. Nguyen Van An chaired the meeting with 3 deputy secretaries: {B}, {C} and {D}.",
            B,
            {("deputy_secretary", "party_committee", "provincial", None)},
        ),
    ],
)
def test_guards_near_the_counted_header(lang, text, name, post):
    assert placed_posts(text, lang)[name] == post
