"""Meetings (kg/extract/meetings.py): a meeting's kind from the packs' ``meeting_kind`` cues, minted
as ``kg:meetingKind`` (a concept of ``code/meeting``) on every meeting of the seeds."""

from __future__ import annotations

import json

import pytest

import kg
from kg.codes import SCHEMES
from kg.extract.meetings import _kind
from kg.lang import available_languages, load_pack
from kg.model import Article
from kg.text import fold
from tests.helpers import SEEDS, UNLABELLED

KINDS = set(SCHEMES["meeting"])


@pytest.mark.parametrize("code", [*available_languages(), "_any"])
def test_every_kind_wording_of_a_pack_is_read_in_a_sentence_built_from_it(code):
    pack = load_pack(code)
    wordings = pack.cue("meeting_kind").entries
    assert wordings, f"{code}: no meeting_kind cue"
    for wording, values in wordings.items():
        # (a wording valued "not" names no meeting: it hides the noun inside it; valued "not participle", en 'meeting
        # the standards', unless a determiner stands before it, none here)
        blocks = values in (("not",), ("not", "participle"))
        assert blocks or (len(values) == 1 and values[0] in KINDS), (code, wording, values)
        written = wording[:-1] + "u" if wording.endswith("*") else wording  # a stem: one of its forms
        sentence = fold(f"Hôm đó, 12 {written} 2025 ...") if code == "vi" else f"12 — {written} — 2025."
        assert _kind(sentence, [], pack) == (None if blocks else values[0]), (code, wording)
        # a wording inside a cited document is not the meeting's kind
        assert _kind(sentence, [(0, len(sentence))], pack) is None


@pytest.mark.parametrize("code", available_languages())
def test_every_language_pack_names_every_kind(code):
    named = {v[0] for v in load_pack(code).cue("meeting_kind").entries.values()} - {"not"}
    assert named == KINDS, sorted(KINDS - named)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "On 12 March, the Provincial Party Committee held a working session with the delegation. "
         "Comrade Nguyen Van An, Secretary of the Provincial Party Committee, chaired the session.", "working_session"),
        ("vi", "Ngày 12/3, HĐND tỉnh khai mạc kỳ họp thứ 20. Ông Nguyễn Văn An, Chủ tịch HĐND tỉnh, chủ trì kỳ họp.",
         "session"),
        ("pl", "12 marca odbył się zjazd Prowincjonalnego Komitetu Partii. Obradom przewodniczył towarzysz "
         "Nguyen Van An, sekretarz Prowincjonalnego Komitetu Partii.", "congress"),
        ("de", "Am 12. März fand die Konferenz des Provinzparteikomitees statt. Genosse Nguyen Van An, "
         "Sekretär des Provinzparteikomitees, leitete die Konferenz.", "conference"),
        ("fr", "Le 12 mars, le camarade Nguyen Van An, secrétaire du Comité provincial du Parti, a présidé "
         "la cérémonie d'annonce de la décision.", "ceremony"),
        ("ar", "في 12 مارس، عقدت اللجنة الشعبية الإقليمية اجتماعا. ترأس الاجتماع الرفيق نجوين فان آن، رئيس "
         "اللجنة الشعبية الإقليمية.", "meeting"),
    ],
)  # fmt: skip
def test_a_meeting_gets_the_kind_its_sentence_names(lang, text, kind):
    x = kg.extract(Article("k", text, lang=lang, url="https://example.org/2025/03/k"))
    assert x.meetings, text
    assert x.meetings[0].kind == kind


def test_a_conference_that_opens_its_term_is_a_congress():
    # Arabic writes مؤتمر for a congress and a conference: the term starting the year it is held tells
    text = ("في صباح يوم 29 سبتمبر 2025، انعقد رسميًا المؤتمر الأول للجنة الحزب الإقليمية لاو كاي، للفترة 2025-2030. "
            "ترأس المؤتمر الرفيق نجوين فان آن، أمين اللجنة الحزبية الإقليمية.")  # fmt: skip
    x = kg.extract(Article("c", text, lang="ar"))
    assert [m.kind for m in x.meetings] == ["congress"]
    # a conference within a term is a conference (a later one: the first of a party organisation, "المؤتمر الأول للجنة
    # الحزب", is its congress by its wording, cue congress_of, whatever the term)
    later = text.replace("2025-2030", "2020-2025").replace("الأول", "الخامس عشر")
    assert [m.kind for m in kg.extract(Article("c", later, lang="ar")).meetings] == ["conference"]


def test_every_seed_meeting_is_minted_with_a_kind_and_validates(tmp_path):
    store = kg.open_store()
    kg.build([SEEDS], store)
    rows = list(
        kg.query(
            store,
            "SELECT ?m ?k WHERE { GRAPH ?a { ?m a kg:Meeting OPTIONAL { ?m kg:meetingKind ?k } } }",
        )
    )
    assert rows
    kinds = {r["m"].value: r["k"].value if r["k"] is not None else None for r in rows}
    assert all(kinds.values()), kinds  # each seed meeting gets a kind
    assert {k.rsplit("/", 1)[-1] for k in kinds.values()} <= KINDS
    labelled = {
        r["c"].value
        for r in kg.query(store, "SELECT ?c WHERE { ?c skos:inScheme code:meeting ; skos:prefLabel ?l }")
    }
    assert set(kinds.values()) <= labelled  # the code list is in the store's ontology graph
    assert kg.api.validate(store)[0]


@pytest.mark.slow
def test_most_meetings_of_the_unlabelled_corpus_get_a_kind():
    kinds, total = [], 0
    with UNLABELLED.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            a = Article(
                d["id"], d["text"], url=d.get("url"), lang=d.get("lang"), published=d.get("published")
            )
            for m in kg.extract(a).meetings:
                total += 1
                kinds.append(m.kind)
    assert total > 100
    assert sum(k is not None for k in kinds) / total >= 0.9  # 0.98 when written
    assert len(set(kinds) - {None}) >= 7
