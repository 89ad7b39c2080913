"""Meetings, their dates and chairs in wordings no gold article has: rules read off the unlabelled
corpus (the publication day bounds a meeting's date, a meeting announced as still to come, ...)."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article

extract = importlib.import_module("kg.extract").extract


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "New Vice Chairman appointed\nUpdate: 02-01-2020 | 15:51:02\nOn 31 Dec, the 9th Provincial "
            "People's Council held the 13th meeting to elect the Vice Chairman for tenure 2016-2021.",
            None,
            "2019-12-31",
        ),
        (
            "On 31 Dec, the 9th Provincial People's Council held the 13th meeting to elect the Vice Chairman.",
            "2020-01-02",
            "2019-12-31",
        ),
        (
            "On 2 January, the 9th Provincial People's Council held the 13th meeting to elect the Vice Chairman.",
            "2020-01-02",
            "2020-01-02",
        ),
        (
            "Le 18 décembre 2024 09:30\nLe 17 décembre, le Conseil populaire provincial a tenu sa 21e session.",
            None,
            "2024-12-17",
        ),
    ],
)
def test_a_day_after_the_publication_day_is_of_the_year_before(text, published, date):
    x = extract(Article("t", text, published=published))
    assert [m.date for m in x.meetings] == [date]


def test_a_sentence_after_a_meeting_announced_as_still_to_come_does_not_report_it_as_held():
    x = extract(
        Article(
            "t",
            "XIV Zjazd Krajowy Partii ma się odbyć w dniach 19–25 stycznia 2026 roku. Przed "
            "przeprowadzeniem wyborów Kongres dokona przeglądu Sprawozdania Personalnego.",
            lang="pl",
        )
    )
    assert x.meetings == []
    held = extract(
        Article(
            "t",
            "XIV Zjazd Krajowy Partii odbył się w dniach 19–25 stycznia 2026 roku. Kongres dokonał "
            "przeglądu Sprawozdania Personalnego.",
            lang="pl",
        )
    )
    assert [m.date for m in held.meetings] == ["2026-01-19"]


def test_a_chair_wording_followed_by_a_body_names_no_chair():
    x = extract(
        Article(
            "t",
            "Po południu 30 października 2025 r. odbyła się sesja dyskusyjna Zgromadzenia Narodowego. "
            "Według premiera Pham Minh Chinh kraj napotkał wiele trudności, ale pod przewodnictwem "
            "Partii Wietnam przezwyciężył wstrząsy zewnętrzne.",
            lang="pl",
        )
    )
    assert [m.chairs for m in x.meetings] == [[]]
    chaired = extract(
        Article(
            "t",
            "Po południu 30 października 2025 r. odbyła się sesja pod przewodnictwem premiera Pham Minh Chinh.",
            lang="pl",
        )
    )
    assert [m.chairs for m in chaired.meetings] == [["Pham Minh Chinh"]]


def test_an_undated_congress_takes_the_first_year_of_its_term_before_the_texts_most_frequent_year():
    x = extract(
        Article(
            "t",
            "Le 10e Congrès du Front de la Patrie du Vietnam pour la période 2024-2029 se déroule à un "
            "moment où le pays s'efforce de réaliser les objectifs de 2025. En 2025, la croissance "
            "devrait atteindre 8 %.",
            lang="fr",
        )
    )
    assert [m.date for m in x.meetings] == ["2024"]


def test_a_meeting_of_a_term_is_not_dated_before_the_term_begins():
    x = extract(
        Article(
            "t",
            "Mr. Nguyen Xuan Ky was re-elected as Party Secretary of Quang Ninh Province for the term of "
            "2020 – 2025 at a conference on September 26.\nIn March 2015, he was appointed Deputy "
            "Secretary.\nIn October 2015, he was elected Secretary of the Provincial Party Committee.",
            lang="en",
        )
    )
    assert [m.date for m in x.meetings] == ["2020-09-26"]
    within = extract(
        Article(
            "t",
            "On 5 July, the Provincial Party Committee, term 2020-2025, held its 15th conference. The "
            "province grew 7% in 2023; in 2023 exports rose 9%.",
            lang="en",
        )
    )
    assert [m.date for m in within.meetings] == ["2023-07-05"]


def test_a_sentence_that_only_names_chairs_dates_no_other_meeting():
    x = extract(
        Article(
            "t",
            "On the morning of May 17, 2025, Prime Minister Pham Minh Chinh chaired the second meeting of "
            "the Government Steering Committee. In his opening speech, Prime Minister Pham Minh Chinh "
            "said that on December 22, 2024, the Politburo issued Resolution 57 and set up the Central "
            "Steering Committee chaired by General Secretary To Lam.",
            lang="en",
        )
    )
    assert [m.date for m in x.meetings] == ["2025-05-17"]
    # To Lam heads the committee the sentence names: he did not chair the meeting
    assert [m.chairs for m in x.meetings] == [["Pham Minh Chinh"]]


def test_a_caption_naming_the_meeting_is_the_meeting_dated_later_of_the_same_kind():
    x = extract(
        Article(
            "t",
            "Premier Pham Minh Chinh przemawia podczas sesji dyskusyjnej.\n(Zdjęcie: THUY NGUYEN)\n"
            "Deputowani omawiali wiele kwestii finansowych.\nPodczas popołudniowej sesji dyskusyjnej "
            "Zgromadzenia Narodowego 30 października 2025 r. premier wyjaśniał niektóre kwestie.",
            lang="pl",
        )
    )
    assert [m.date for m in x.meetings] == ["2025-10-30"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Rano 18 października Okręgowy Komitet Partii zorganizował konferencję w celu wdrożenia "
            "Dyrektywy Nr 35-CT/TW z dnia 14 czerwca 2024 r. Biura Politycznego.",
            "2024-10-18",
        ),
        (
            "Rano 29 maja Sekretarz Generalny przewodniczył posiedzeniu Komitetu Sterującego ds. "
            "wdrożenia Rezolucji nr 57-NQ/TW z dnia 22 grudnia 2024 r. Biura Politycznego.",
            "2025-05-29",
        ),
        (
            # a document whose implementation is reviewed may be years old: no year from it
            "Rano 14 kwietnia Komitet Sterujący zorganizował posiedzenie w celu podsumowania wdrożenia "
            "Rezolucji nr 18-NQ/TW z dnia 25 października 2017 r.",
            None,
        ),
    ],
)
def test_a_day_in_a_text_without_a_year_of_its_own_follows_the_documents_it_cites(text, date):
    x = extract(Article("t", text, lang="pl"))
    assert [m.date for m in x.meetings] == [date]


def test_a_year_from_the_documents_is_not_before_the_term_the_meeting_belongs_to():
    x = extract(
        Article(
            "t",
            "On October 23, the Secretary of the Provincial Party Committee chaired the first meeting of "
            "the Standing Committee of the Provincial Party Committee, the 17th term, tenure 2020 – 2025. "
            "Delegates discussed the Draft Report on Resolution No. 19-NQ/TU dated 11 July, 2016.",
            lang="en",
        )
    )
    assert [m.date for m in x.meetings] == ["2020-10-23"]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "pl",
            "Po dwóch dniach pilnej pracy, 4 grudnia 2025 r. zakończył się I Kongres Frontu Ojczyzny prowincji.",
            "2025-12-03",
        ),
        (
            "pt",
            "Após dois dias de trabalho intenso, na tarde de 3 de outubro de 2025, o 1º Congresso do "
            "Comitê Provincial do Partido concluiu suas atividades.",
            "2025-10-02",
        ),
        # (no days counted: the day it closed is not its first, which the text does not give; its month, dates9)
        ("en", "On 4 December 2025, the Provincial Party Congress closed after its session.", "2025-12"),
        ("en", "After two days of work, the Party Congress was held on 3 and 4 December 2025.", "2025-12-03"),
    ],
)
def test_a_meeting_closing_after_some_days_of_work_is_dated_by_its_first_day(lang, text, date):
    x = extract(Article("t", text, lang=lang))
    assert [m.date for m in x.meetings] == [date]


def test_an_undated_conference_preparing_congresses_keeps_the_texts_year():
    x = extract(
        Article(
            "t",
            "The District Party Committee held a conference to implement Directive 35 on the party "
            "congress for the 2025-2030 term. In 2024, the district grew 7%; its 2024 revenue rose 9%.",
            lang="en",
        )
    )
    assert [m.date for m in x.meetings] == ["2024"]


def test_a_chair_written_after_his_body_and_role_chairs():
    # English writes the chair's body before his role: the body does not lead the meeting
    x = extract(
        Article(
            "t",
            "On 3 April 2024, the Provincial People's Committee held a meeting chaired by Provincial "
            "People's Committee Chairman Tran Van Binh.",
            lang="en",
        )
    )
    assert [m.chairs for m in x.meetings] == [["Tran Van Binh"]]
