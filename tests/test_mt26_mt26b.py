"""mt26b's blind round (silver/mt26, corrections-mt26b.txt): the constructions kg missed, each read in every language
where it exists.

1. A list's header after a name of the same sentence: a count and a plural role before the colon are the listed
   names' post, the whole role ("Avec le départ à la retraite de Mme A, le ministère des Finances compte encore 3
   vice-ministres : B, C et D" gave B, C, D minister: the plural word 'ministres' cut 'vice-' off), also when no
   comma follows the name (de 'Mit dem Ruhestand von Frau A hat das Finanzministerium noch 3 stellvertretende
   Minister: B, C', pl '... ma jeszcze 3 wiceministrów: B, C', en 'After Mrs. A retired, ...': no post).
2. The post a name is relieved of is its title, whichever wording the pack's ``released_from`` cue lists: pl
   'Odwołano pana A z funkcji przewodniczącego ...' gave no official (only 'ze stanowiska' linked), es 'de su cargo
   de', 'del puesto de', fr 'de son poste de', 'des fonctions de', en 'from the office of', 'from the posts of' no
   post. Every ``released_from`` wording is now a title link too.
3. A sitting body's term between the body and its electing verb: ar 'في الدورة الثامنة عشرة لمجلس الشعب لمقاطعة فينه فوك،
   الدورة السادسة عشرة، للفترة 2016-2021، انتُخب السيد A' (at the 18th session of the Vinh Phuc People's Council, 16th
   term, 2016-2021, Mr. A was elected) reported no meeting, nor en 'the ... Council, 16th term, 2016-2021, elected',
   pl 'Rada Ludowa prowincji Vinh Phuc XVI kadencji, kadencja 2016-2021, wybrała', fr ', 16e mandat, 2016-2021, a élu',
   es ', XVI legislatura, mandato 2016-2021, eligió' (the body and its verb were read as a sitting only two words
   apart): the term words with their ordinals and years now count for no word between.
4. A rule's bound written with a modal's negated 'exceed' right before the count: fr 'le nombre de vice-ministres ne
   doit pas dépasser 5 personnes' gave a figure 5 (vi 'không quá 5 người' gives none: a ``cap`` cue); en 'shall not
   exceed', es 'no debe superar las', pl 'nie może przekraczać' alike. Left: de 'darf 5 Personen nicht überschreiten'
   and ar 'لا يتجاوز عدد نواب الوزراء 5' (the verb and the count apart).
"""

from __future__ import annotations

import pytest

from tests.helpers import figures, meetings_of, placed_posts

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


HAI = "Nguyen Ngoc Hai"
CHAIR = ("chair", "peoples_committee", "provincial", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            f"Odwołano pana {HAI}a z funkcji przewodniczącego Prowincjonalnego Komitetu Ludowego kadencji 2016-2021 (z"
            " powodu niewystarczającego czasu na ponowny wybór zgodnie z przepisami).",
        ),
        ("pl", f"Rada odwołała pana {HAI}a z funkcji przewodniczącego Prowincjonalnego Komitetu Ludowego."),
        ("es", f"El Consejo destituyó al Sr. {HAI} de su cargo de presidente del Comité Popular Provincial."),
        ("es", f"El Consejo destituyó al Sr. {HAI} del puesto de presidente del Comité Popular Provincial."),
        ("fr", f"Le Conseil a démis M. {HAI} de son poste de président du Comité populaire provincial."),
        ("fr", f"Le Conseil a relevé M. {HAI} des fonctions de président du Comité populaire provincial."),
        (
            "en",
            f"The council relieved Mr. {HAI} from the office of Chairman of the Provincial People's Committee.",
        ),
        # (read already: the wordings that linked before)
        ("pl", f"Odwołano pana {HAI}a ze stanowiska przewodniczącego Prowincjonalnego Komitetu Ludowego."),
        ("es", f"El Consejo destituyó al Sr. {HAI} del cargo de presidente del Comité Popular Provincial."),
        ("fr", f"Le Conseil a relevé M. {HAI} de ses fonctions de président du Comité populaire provincial."),
        (
            "en",
            f"The council dismissed Mr. {HAI} from the post of Chairman of the Provincial People's Committee.",
        ),
        ("de", f"Der Rat entband Herrn {HAI} von seinem Amt als Vorsitzender des Volkskomitees der Provinz."),
        ("ar", "أعفى المجلس السيد نجوين نغوك هاي من منصب رئيس اللجنة الشعبية الإقليمية."),
    ],
)
def test_the_post_a_name_is_relieved_of_is_its_title(lang, text):
    assert placed_posts(text, lang) == {HAI: {CHAIR}}


def test_every_released_from_wording_links_a_title():
    from kg.extract.grammar import find_roles
    from kg.lang import load_pack
    from kg.tables import rows
    from kg.text import fold
    from tests.helpers import ROOT

    for folder in sorted((ROOT / "kg" / "lang").iterdir()):
        if not (folder / "cues.tsv").is_file() or folder.name.startswith("_"):
            continue
        pack = load_pack(folder.name)
        for row in rows(folder / "cues.tsv"):
            if row[0] == "released_from":
                wording = fold(row[1])
                ends = {m.end() for m, _ in pack.cue("title_link").finditer(wording)}
                # (or the wording names the post itself: ar 'من عضوية', of the membership of, lists._released_shared)
                assert len(wording) in ends or find_roles(wording, pack), (folder.name, row[1])


VP_COUNCIL = ("2020-10-30", "peoples_council", "Vinh Phuc")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "في 30 أكتوبر 2020، وفي الدورة الثامنة عشرة لمجلس الشعب لمقاطعة فينه فوك، الدورة السادسة عشرة، للفترة 2016-2021،"
            " انتُخب السيد لي دوي ثانه، نائب أمين لجنة الحزب الإقليمية، لشغل منصب رئيس اللجنة الشعبية لمقاطعة فينه فوك.",
        ),
        (
            "ar",
            "في 30 أكتوبر 2020، في الدورة الثامنة عشرة لمجلس الشعب لمقاطعة فينه فوك للفترة 2016-2021، انتُخب السيد لي دوي ثانه.",
        ),
        (
            "en",
            "On 30 October 2020, the Vinh Phuc Provincial People's Council, 16th term, 2016-2021, elected Mr. Le Duy"
            " Thanh Chairman of the Provincial People's Committee.",
        ),
        (
            "pl",
            "30 października 2020 r. Rada Ludowa prowincji Vinh Phuc XVI kadencji, kadencja 2016-2021, wybrała pana Le"
            " Duy Thanha na przewodniczącego Prowincjonalnego Komitetu Ludowego.",
        ),
        (
            "fr",
            "Le 30 octobre 2020, le Conseil populaire provincial de Vinh Phuc, 16e mandat, 2016-2021, a élu M. Le Duy"
            " Thanh président du Comité populaire provincial.",
        ),
        (
            "es",
            "El 30 de octubre de 2020, el Consejo Popular de la provincia de Vinh Phuc, XVI legislatura, mandato"
            " 2016-2021, eligió al Sr. Le Duy Thanh presidente del Comité Popular Provincial.",
        ),
        # (read already: no term between, and vi)
        (
            "ar",
            "في 30 أكتوبر 2020، في الدورة الثامنة عشرة لمجلس الشعب لمقاطعة فينه فوك، انتُخب السيد لي دوي ثانه لشغل منصب رئيس"
            " اللجنة الشعبية.",
        ),
        (
            "vi",
            "Ngày 30/10/2020, HĐND tỉnh Vĩnh Phúc khóa XVI, nhiệm kỳ 2016-2021 đã bầu ông Lê Duy Thành giữ chức Chủ tịch"
            " UBND tỉnh.",
        ),
    ],
)
def test_a_sitting_bodys_term_between_it_and_its_electing_verb(lang, text):
    assert meetings_of(text, lang) == [VP_COUNCIL]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a term word with no ordinal nor year is a word between: no sitting read from the verb three words on
        (
            "en",
            "On 30 October 2020, the Vinh Phuc Provincial People's Council of the new term and its committees elected"
            " nobody.",
        ),
    ],
)
def test_no_sitting_when_more_than_the_term_stands_between(lang, text):
    assert meetings_of(text, lang) == []


def test_terms_blanked_keeps_offsets():
    from kg.extract.meetings import _terms_blanked
    from kg.lang import load_pack

    gap = "، الدورة السادسة عشرة، للفترة 2016-2021، "
    assert len(_terms_blanked(gap, load_pack("ar"))) == len(gap)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Selon la loi, le nombre de vice-ministres ne doit pas dépasser 5 personnes."),
        (
            "fr",
            "Seuls le ministère de la Défense nationale et le ministère de la Sécurité publique ne doivent pas dépasser 6.",
        ),
        (
            "en",
            "Under the Law on Government Organisation, the number of deputy ministers shall not exceed 5 people.",
        ),
        ("es", "Según la ley, el número de viceministros no debe superar las 5 personas."),
        ("pl", "Zgodnie z ustawą liczba wiceministrów nie może przekraczać 5 osób."),
        ("vi", "Số lượng Thứ trưởng không quá 5 người."),
    ],
)
def test_a_rules_bound_is_no_figure(lang, text):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a bound not reached, reported: still a figure
        ("en", "The inflation rate did not exceed 4 percent.", [(4.0, "percent")]),
        ("fr", "Le ministère des Finances compte encore 3 vice-ministres.", [(3.0, "persons")]),
    ],
)
def test_reported_figures_near_a_bound_stay(lang, text, want):
    assert figures(text, lang) == want
