"""French and Spanish wordings found by scoring blind silver gold (silver/ set fr, silver/ set es)
and reading the unlabelled fr/es articles: each test fails without the rule it names."""

from __future__ import annotations

from tests.helpers import extracted


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return sorted((m.value, m.unit) for m in extracted(text, lang).metrics)


def test_the_same_figure_twice_in_one_sentence_is_two_facts():
    # kg.extract._dedupe_metrics: a figure repeated in another sentence (a headline) is one fact,
    # written twice in one sentence it is two
    text = (
        "Ces huit provinces, qui représentent 42% du PIB national et 42% du budget d’État, "
        "doivent renouveler leurs moteurs de croissance."
    )
    assert _figures(text, "fr") == [(42.0, "percent"), (42.0, "percent")]
    repeated = (
        "Les exportations ont augmenté de 12%.\nSelon le rapport, les exportations ont augmenté de 12%."
    )
    assert _figures(repeated, "fr") == [(12.0, "percent")]


def test_posts_of_a_pronoun_sentence_that_opens_with_a_date():
    # kg.extract._pronoun_titles: "Desde diciembre de 2020, ha ocupado el cargo de ..." gives the
    # official named just before a post, as the same sentence without its opening date does
    text = (
        "El Sr. Trinh Viet Hung es secretario del Comité Provincial del Partido de Lao Cai. "
        "Desde diciembre de 2020, ha ocupado el cargo de Presidente del Comité Popular Provincial."
    )
    official = next(o for o in extracted(text, "es").officials if o.name == "Trinh Viet Hung")
    assert ("chair", "peoples_committee") in {(p.role, p.body.org) for p in official.positions}
    text = (
        "Mr. Phan Viet Cuong is the Secretary of the Quang Nam Provincial Party Committee. "
        "In July 2019, he was elected Chairman of the People's Council of Quang Nam province."
    )
    official = next(o for o in extracted(text, "en").officials if o.name == "Phan Viet Cuong")
    assert ("chair", "peoples_council") in {(p.role, p.body.org) for p in official.positions}


def test_a_rank_written_as_an_ordinal_word():
    # kg.extract.metrics._ordinal_ranks: an ordinal word before a rank word is a rank, not the
    # "firstly" that opens a sentence or stands between commas
    text = "Esta localidad ocupó el sexto lugar entre las localidades del país en el Índice PCI en 2020."
    assert (6.0, "rank") in _figures(text, "es")
    assert (6.0, "rank") in _figures("La province s'est classée au sixième rang du PCI en 2020.", "fr")
    assert _figures("En primer lugar, la provincia debe mejorar el entorno de negocios.", "es") == []
    assert _figures("La provincia debe, en segundo lugar, mejorar la calidad.", "es") == []


def test_posts_of_a_pronoun_sentence_that_opens_with_an_adverb():
    # kg.extract._pronoun_titles: "Anteriormente, ocupó el cargo de ...", "Auparavant, il a occupé
    # le poste de ..." give the official named just before a post
    for lang, text in [
        (
            "es",
            "El Sr. Nguyen Van An es secretario del Comité Provincial del Partido de Ha Tinh. "
            "Anteriormente, ocupó el cargo de presidente del Comité Popular Provincial.",
        ),
        (
            "fr",
            "M. Nguyen Van An est secrétaire du Comité provincial du Parti de Ha Tinh. "
            "Auparavant, il a occupé le poste de président du Comité populaire provincial.",
        ),
    ]:
        official = next(o for o in extracted(text, lang).officials if o.name == "Nguyen Van An")
        assert ("chair", "peoples_committee") in {(p.role, p.body.org) for p in official.positions}, lang


def test_a_spanish_biography_sentence_without_its_subject():
    # es pronoun cues "fue", "se desempeñó" (Spanish drops the subject): the posts are those of the
    # official named before; a post of somebody else's clause is not
    first = "El Sr. Nguyen Van An es secretario del Comité Provincial del Partido de Ha Tinh. "
    for sentence in (
        "Fue elegido presidente del Comité Popular Provincial en 2020.",
        "Se desempeñó como presidente del Comité Popular Provincial.",
    ):
        official = next(o for o in extracted(first + sentence, "es").officials if o.name == "Nguyen Van An")
        assert ("chair", "peoples_committee") in {(p.role, p.body.org) for p in official.positions}, sentence
    x = extracted(first + "Fue recibido por el presidente del Comité Popular Provincial.", "es")
    assert {p.role for o in x.officials for p in o.positions} == {"secretary"}


def test_a_million_billion_dong():
    # fr units: "millions de milliards de dôngs" (triệu tỷ đồng) is a million billion VND
    assert _figures("Le PIB a atteint près de 10 millions de milliards de dôngs.", "fr") == [
        (10_000_000.0, "billion_vnd")
    ]
