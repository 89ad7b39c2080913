"""French and Spanish wordings of the fres probe matrix (silver/probes/fres-probe.tsv) that kg missed:
what each sentence must yield. Each case failed before its pack line.

- es 'con la presidencia de', 'bajo la conducción de', fr 'sous la houlette de': a meeting's chair, as
  'bajo la presidencia de' / 'sous la direction de';
- es 'Servicio de X' is a provincial department (as fr 'Service'), 'vicedirector' its deputy director;
- the Front's initials FPV (fr 'Comité du FPV', es 'Comité del FPV');
- es 'secretario del Partido de la provincia de X' (the committee not written), as fr;
- French writes Đỗ as "Dô" (đ as d, the circumflex kept): "M. Dô Duc Duy" is a name (it was none);
- es 'canciller' / 'vicecanciller' (the Foreign Minister and his deputies), 'máximo legislador' (the National
  Assembly's chair), fr 'chef de la diplomatie';
- es feminine plurals and deputy ministers before a list of names ('Las vicepresidentas del Consejo Popular
  Provincial, A y B', 'Los viceministros de Salud A y B'): each name holds the title (the second name was lost);
- a total after a three-letter ``out_of`` cue past the counted noun ('460 députés sur 465', de '460 Abgeordneten
  von 465') and after es 'de un total de', fr 'sur un total de' counts what the part counts (the total was lost);
- a region's adjective between the province and its name, as VNA writes it (es 'de la provincia sureña de Ca Mau',
  'norvietnamita', 'altiplana', fr 'de la province septentrionale de Lao Cai', 'montagneuse'): the level of the
  title before a name (the official was lost);
- es 'viceprimer ministra' (the adjective left masculine) is a deputy prime minister, not a minister;
- fr 'chargé de', es 'encargado de' (phụ trách) open the field a deputy's title names, as en 'in charge of':
  the title before a name so written was lost;
- Thua Thien Hue (Thừa Thiên Huế, 'Thua Thien-Hue'), the province's name until 2025, is the place Hue: the
  name written after it is an official, not part of a place.
"""

import pytest

from kg.extract import extract
from kg.model import Article

N = "Nguyen Van Hung"

POSTS = [
    (
        "es",
        f"El señor {N}, director del Servicio de Agricultura y Medio Ambiente de Nghe An, intervino.",
        "director/department/provincial",
    ),
    (
        "es",
        f"El señor {N}, vicedirector del Departamento de Salud de Nghe An, intervino.",
        "deputy_director/department/provincial",
    ),
    (
        "fr",
        f"M. {N}, président du Comité du FPV de la province de Nghe An, a pris la parole.",
        "chair/fatherland_front/provincial",
    ),
    (
        "es",
        f"El señor {N}, presidente del Comité del FPV de la provincia de Nghe An, intervino.",
        "chair/fatherland_front/provincial",
    ),
    (
        "es",
        f"El secretario del Partido de la provincia de Nghe An, {N}, asistió a la ceremonia.",
        "secretary/party_committee/provincial",
    ),
    (
        "es",
        f"El presidente del Comité Popular de la provincia de Thua Thien-Hue, {N}, asistió a la ceremonia.",
        "chair/peoples_committee/provincial",
    ),
    (
        "fr",
        f"Le président du Comité populaire de la province de Thua Thiên-Huê, {N}, a assisté à la cérémonie.",
        "chair/peoples_committee/provincial",
    ),
    (
        "en",
        f"The Chairman of the People's Committee of Thua Thien-Hue province {N} attended the ceremony.",
        "chair/peoples_committee/provincial",
    ),
]


@pytest.mark.parametrize(("lang", "text", "post"), POSTS)
def test_post(lang, text, post):
    e = extract(Article("p", text, lang=lang, published="2025-10-01"))
    got = {(o.name, f"{p.role}/{p.body.org}/{p.body.level}") for o in e.officials for p in o.positions}
    assert (N, post) in got, got


NAMED_POSTS = [
    (
        "fr",
        "Le vice-président du Comité populaire provincial chargé de l'économie, Nguyen Van Hung, a pris la parole.",
        "vice_chair/peoples_committee/provincial",
        "Nguyen Van Hung",
    ),
    (
        "es",
        "La vicepresidenta del Comité Popular Provincial encargada de la cultura, Nguyen Thi Hoa, intervino.",
        "vice_chair/peoples_committee/provincial",
        "Nguyen Thi Hoa",
    ),
    (
        "es",
        "La señora Nguyen Thi Hoa, viceprimer ministra, asistió.",
        "deputy_prime_minister/government/central",
        "Nguyen Thi Hoa",
    ),
    (
        "fr",
        "M. Dô Duc Duy, ministre des Ressources naturelles et de l'Environnement, a pris la parole.",
        "minister/ministry/central",
        "Do Duc Duy",
    ),
    (
        "fr",
        "M. Dô Thanh Binh, vice-président du Comité populaire provincial, a pris la parole.",
        "vice_chair/peoples_committee/provincial",
        "Do Thanh Binh",
    ),
    (
        "es",
        "El canciller vietnamita, Bui Thanh Son, recibió al embajador.",
        "minister/ministry/central",
        "Bui Thanh Son",
    ),
    (
        "es",
        "El vicecanciller Do Hung Viet recibió al embajador.",
        "deputy_minister/ministry/central",
        "Do Hung Viet",
    ),
    (
        "es",
        "El máximo legislador vietnamita, Tran Thanh Man, recibió al embajador.",
        "chair/national_assembly/central",
        "Tran Thanh Man",
    ),
    (
        "fr",
        "Le chef de la diplomatie vietnamienne Bui Thanh Son a reçu l'ambassadeur.",
        "minister/ministry/central",
        "Bui Thanh Son",
    ),
]


@pytest.mark.parametrize(("lang", "text", "post", "name"), NAMED_POSTS)
def test_named_post(lang, text, post, name):
    e = extract(Article("p", text, lang=lang, published="2025-10-01"))
    got = {(o.name, f"{p.role}/{p.body.org}/{p.body.level}") for o in e.officials for p in o.positions}
    assert (name, post) in got, got


def test_thua_thien_hue_is_hue():
    e = extract(Article("p", f"{N}, presidente del Comité Popular de Thua Thien-Hue, asistió.", lang="es"))
    assert [p.body.place for o in e.officials for p in o.positions] == ["Hue"]


CHAIRS = [
    (
        "es",
        f"El 29 de septiembre de 2025 se celebró la conferencia con la presidencia de {N}, secretario del Comité Provincial del Partido.",
    ),
    (
        "es",
        f"El 29 de septiembre de 2025, bajo la conducción de {N}, secretario del Comité Provincial del Partido, la conferencia examinó el proyecto.",
    ),
    (
        "fr",
        f"Le 29 septembre 2025, la conférence s'est tenue sous la houlette de M. {N}, secrétaire du Comité provincial du Parti.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CHAIRS)
def test_chair(lang, text):
    e = extract(Article("p", text, lang=lang, published="2025-10-01"))
    assert [(m.date, m.chairs) for m in e.meetings] == [("2025-09-29", [N])]


LISTS = [
    "Las vicepresidentas del Consejo Popular Provincial, Nguyen Thi Thanh y Le Thi Hoa, intervinieron.",
    "Las vicesecretarias del Comité Provincial del Partido, Nguyen Thi Thanh y Le Thi Hoa, intervinieron.",
    "Los viceministros de Salud Nguyen Thi Thanh y Le Thi Hoa intervinieron.",
]


@pytest.mark.parametrize("text", LISTS)
def test_plural_title_list(text):
    e = extract(Article("p", text, lang="es", published="2025-10-01"))
    posts = {o.name: [p.role for p in o.positions] for o in e.officials}
    assert (
        set(posts) == {"Nguyen Thi Thanh", "Le Thi Hoa"}
        and posts["Nguyen Thi Thanh"] == posts["Le Thi Hoa"] != []
    )


TOTALS = [
    ("fr", "Le projet a été approuvé par 460 députés sur 465."),
    ("de", "Das Gesetz wurde von 460 Abgeordneten von 465 gebilligt."),
    ("es", "El proyecto fue aprobado por 460 diputados de un total de 465."),
    ("fr", "Le projet a été approuvé par 460 députés sur un total de 465."),
]


@pytest.mark.parametrize(("lang", "text"), TOTALS)
def test_total_after_noun(lang, text):
    e = extract(Article("p", text, lang=lang, published="2025-10-01"))
    assert sorted((m.value, m.unit) for m in e.metrics) == [(460, "persons"), (465, "persons")]


REGIONS = [
    (
        "es",
        f"El vicepresidente permanente del Comité Popular de la provincia sureña de Ca Mau, {N}, intervino.",
        "standing_vice_chair/peoples_committee/provincial",
    ),
    (
        "es",
        f"El secretario del Comité del Partido de la provincia norvietnamita de Bac Ninh, {N}, intervino.",
        "secretary/party_committee/provincial",
    ),
    (
        "es",
        f"El presidente del Comité Popular de la provincia altiplana de Gia Lai, {N}, intervino.",
        "chair/peoples_committee/provincial",
    ),
    (
        "es",
        f"El presidente del Comité Popular de la ciudad norteña de Hai Phong, {N}, intervino.",
        "chair/peoples_committee/provincial",
    ),
    (
        "fr",
        f"Le secrétaire du Comité du Parti de la province septentrionale de Lao Cai, {N}, a pris la parole.",
        "secretary/party_committee/provincial",
    ),
    (
        "fr",
        f"Le président du Comité populaire de la province montagneuse de Ha Giang, {N}, a pris la parole.",
        "chair/peoples_committee/provincial",
    ),
]


@pytest.mark.parametrize(("lang", "text", "post"), REGIONS)
def test_region_adjective(lang, text, post):
    e = extract(Article("p", text, lang=lang, published="2025-10-01"))
    assert {(o.name, f"{p.role}/{p.body.org}/{p.body.level}") for o in e.officials for p in o.positions} == {
        (N, post)
    }
