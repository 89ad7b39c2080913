"""fix26a: positions constructions left open at stop 38 (review25's Lows and what it left for the lead), each in every
language where it exists, and the residue mined from the es, fr, de real texts."""

import pytest

from tests.helpers import placed_posts

_HUNG = "Nguyen Van Hung"
_SECRETARY_NA = ("secretary", "party_committee", "provincial", "Nghe An")
_CHAIR_NA = ("chair", "peoples_committee", "provincial", "Nghe An")
_COUNCIL_NA = ("chair", "peoples_council", "provincial", "Nghe An")

# 1. es cleft: 'Era / Fue el presidente ... quien ...' (it was the chairman who ...) after a sentence naming an
# official is the relative clause's subject's post, not the official's (review25 Low 6, on 8e5780bc)
_ES_SECRETARY = (
    "El Sr. Nguyen Van Hung, secretario del Comité Provincial del Partido de Nghe An, visitó la obra. "
)
_ES_CHAIR = "El Sr. Nguyen Van Hung es presidente del Comité Popular de la provincia de Nghe An. "


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            _ES_SECRETARY
            + "Era el presidente del Comité Popular provincial quien había firmado la decisión.",
            {_SECRETARY_NA},
        ),
        (
            _ES_SECRETARY + "Fue el presidente del Comité Popular provincial quien firmó la decisión.",
            {_SECRETARY_NA},
        ),
        # guards: the copula's own complement
        (_ES_CHAIR + "Era también presidente del Consejo Popular.", {_CHAIR_NA, _COUNCIL_NA}),
        (
            _ES_CHAIR + "Fue el presidente del Consejo Popular de la provincia, que se reunió en 2020.",
            {_CHAIR_NA, _COUNCIL_NA},
        ),
        (
            _ES_CHAIR + "Fue presidente del Consejo Popular de la provincia que lo eligió en 2020.",
            {_CHAIR_NA, _COUNCIL_NA},
        ),
    ],
)
def test_a_cleft_s_focus_is_no_post_of_the_last_official(text, posts):
    assert placed_posts(text, "es") == {_HUNG: posts}
