"""Titles in their sentence frames, in every language of the hidden set (the frames probe matrix,
silver/probes/frames-probe.tsv): the posts a sentence gives each official it names.

- a list written with commas only ("A, Secretary of X, B, Chairman of Y"): the title between two names is
  the first name's when the next name has its own title after its comma (Arabic writes a verb's subject
  and object so: "استقبل A، T1، B، T2");
- a clause opener or an agent's preposition (``not_holder``: "that", "że", "dass", "rằng", "إن", "by",
  "por", "przez", "vom", "من قبل") after a name's title opens a title that is not the name's ("A, Director
  of X, said that the Chairman of Y ...", "was appointed Deputy Minister by the Prime Minister");
- a title link further than 30 characters after a name still links when no separator comes before it
  ("ông A được Thủ tướng Chính phủ bổ nhiệm giữ chức Thứ trưởng");
- an acting holder is other of the body (vi "Quyền Chủ tịch", fr "par intérim", de "amtierende");
- a copula links a name to its title (en "is", pl "jest", ar "هو"), as fr "est" and de "ist" did; pl "wyboru na"
  (election to) links as "as" does;
- vi "các đồng chí trong Ban Thường vụ Tỉnh ủy: A, ...; B, ..." (the comrades in the Standing Committee):
  each listed name is a standing member;
- a ``replaced`` cue (pl "w miejsce", fr "en remplacement de", es "en sustitución de", de "ersetzt") gives the
  name after it the post as a former one, as en "replacing" and vi "thay" did; a pro-drop sentence opening
  (pl "Jest również", es "También es") gives its titles to the last named official;
- Arabic: a title link that is the role's own accusative word ("رئيسا", "أمينا") gives the replaced name the
  post ("انتُخب A رئيسا ل... خلفا لB"), and after other words ("B على انتخابه أمينا للجنة"); a deputy minister
  and two deputies in the accusative ("نائبا لوزير", "نائبين لأمين");
- "A, T1 đã gặp T2 B": when the chain of A's titles runs through a verb into the title written before the
  next name, the part after the verb is the next name's, the part before it still A's;
- a speech verb or a verb acting on another official (``not_holder``: vi "cho biết", "yêu cầu", pl "polecił",
  es "encargó", de "beauftragte") after a name's title opens a title that is not the name's; a later title
  link resumes the name's titles ("appointed by the Prime Minister to the post of Deputy Minister").
"""

import pytest

from kg.extract import extract
from kg.model import Article

CASES = [
    (
        "received_by_titled",
        "ar",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("deputy_minister/ministry/central",),
        },
        "استقبل فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، تران هوي توان، نائب وزير المالية.",
    ),
    (
        "neg_title_no_holder",
        "ar",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "قال فو داي ثانغ، مدير إدارة المالية، إن رئيس اللجنة الشعبية الإقليمية وافق على الخطة.",
    ),
    (
        "neg_title_no_holder",
        "pl",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, dyrektor Departamentu Finansów, powiedział, że przewodniczący Prowincjonalnego Komitetu Ludowego zatwierdził plan.",
    ),
    (
        "neg_title_no_holder",
        "en",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, Director of the Department of Finance, said that the Chairman of the Provincial People's Committee had approved the plan.",
    ),
    (
        "neg_title_no_holder",
        "fr",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, directeur du Service des Finances, a déclaré que le président du Comité populaire provincial avait approuvé le plan.",
    ),
    (
        "neg_title_no_holder",
        "es",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, director del Departamento de Finanzas, dijo que el presidente del Comité Popular Provincial había aprobado el plan.",
    ),
    (
        "passive_appointed_by",
        "en",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang was appointed Deputy Minister of Finance by the Prime Minister.",
    ),
    (
        "passive_appointed_by",
        "fr",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang a été nommé vice-ministre des Finances par le Premier ministre.",
    ),
    (
        "passive_appointed_by",
        "es",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang fue nombrado viceministro de Finanzas por el Primer Ministro.",
    ),
    (
        "neg_title_said_that",
        "ar",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "وأشار فو داي ثانغ، مدير إدارة المالية، إلى أن أمين اللجنة الحزبية الإقليمية قدم توجيهات حازمة.",
    ),
    (
        "neg_title_said_that",
        "pl",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, dyrektor Departamentu Finansów, zauważył, że sekretarz Prowincjonalnego Komitetu Partii zdecydowanie pokierował pracami.",
    ),
    (
        "neg_title_said_that",
        "en",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, Director of the Department of Finance, noted that the Secretary of the Provincial Party Committee had given strong direction.",
    ),
    (
        "neg_title_said_that",
        "vi",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Ông Vũ Đại Thắng, Giám đốc Sở Tài chính cho rằng Bí thư Tỉnh ủy đã chỉ đạo quyết liệt.",
    ),
    (
        "neg_title_said_that",
        "fr",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, directeur du Service des Finances, a noté que le secrétaire du Comité provincial du Parti avait donné des directives fermes.",
    ),
    (
        "neg_title_said_that",
        "es",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, director del Departamento de Finanzas, señaló que el secretario del Comité Provincial del Partido había dado una firme dirección.",
    ),
    (
        "neg_title_said_that",
        "de",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Vu Dai Thang, Direktor der Finanzabteilung, stellte fest, dass der Sekretär des Provinzparteikomitees klare Anweisungen gegeben habe.",
    ),
    (
        "list_commas_only",
        "ar",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "وحضر فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، تران هوي توان، رئيس اللجنة الشعبية الإقليمية.",
    ),
    (
        "list_commas_only",
        "pl",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "Obecni byli towarzysze Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, Tran Huy Tuan, przewodniczący Prowincjonalnego Komitetu Ludowego.",
    ),
    (
        "list_commas_only",
        "en",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "Attending were comrades Vu Dai Thang, Secretary of the Provincial Party Committee, Tran Huy Tuan, Chairman of the Provincial People's Committee.",
    ),
    (
        "list_commas_only",
        "vi",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "Dự có các đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy, Trần Huy Tuấn, Chủ tịch UBND tỉnh.",
    ),
    (
        "list_commas_only",
        "fr",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "Étaient présents les camarades Vu Dai Thang, secrétaire du Comité provincial du Parti, Tran Huy Tuan, président du Comité populaire provincial.",
    ),
    (
        "list_commas_only",
        "es",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "Asistieron los camaradas Vu Dai Thang, secretario del Comité Provincial del Partido, Tran Huy Tuan, presidente del Comité Popular Provincial.",
    ),
    (
        "list_commas_only",
        "de",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial",),
        },
        "Anwesend waren die Genossen Vu Dai Thang, Sekretär des Provinzparteikomitees, Tran Huy Tuan, Vorsitzender des Provinzvolkskomitees.",
    ),
    (
        "vso_received_no_honorific",
        "ar",
        {
            "Vu Dai Thang": ("secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("deputy_minister/ministry/central",),
        },
        "استقبل فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، تران هوي توان، نائب وزير المالية.",
    ),
    (
        "passive_agent_title",
        "pl",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang został mianowany wiceministrem finansów przez premiera.",
    ),
    (
        "passive_agent_title",
        "en",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang was appointed Deputy Minister of Finance by the Prime Minister.",
    ),
    (
        "passive_agent_title",
        "vi",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Ông Vũ Đại Thắng được Thủ tướng Chính phủ bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.",
    ),
    (
        "passive_agent_title",
        "fr",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang a été nommé vice-ministre des Finances par le Premier ministre.",
    ),
    (
        "passive_agent_title",
        "es",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang fue nombrado viceministro de Finanzas por el Primer Ministro.",
    ),
    (
        "acting",
        "vi",
        {"Vu Dai Thang": ("other/peoples_committee/provincial",)},
        "Quyền Chủ tịch UBND tỉnh Vũ Đại Thắng chủ trì cuộc họp.",
    ),
    (
        "acting",
        "fr",
        {"Vu Dai Thang": ("other/peoples_committee/provincial",)},
        "Le président par intérim du Comité populaire provincial, Vu Dai Thang, a présidé la réunion.",
    ),
    (
        "acting",
        "de",
        {"Vu Dai Thang": ("other/peoples_committee/provincial",)},
        "Der amtierende Vorsitzende des Provinzvolkskomitees, Vu Dai Thang, leitete die Sitzung.",
    ),
    (
        "congratulated",
        "pl",
        {
            "Vu Dai Thang": ("chair/peoples_council/provincial",),
            "Tran Huy Tuan": ("secretary/party_committee/provincial",),
        },
        "Vu Dai Thang, przewodniczący Prowincjonalnej Rady Ludowej, pogratulował Tran Huy Tuanowi wyboru na sekretarza Prowincjonalnego Komitetu Partii.",
    ),
    (
        "congratulated_untitled",
        "pl",
        {"Vu Dai Thang": (), "Tran Huy Tuan": ("secretary/party_committee/provincial",)},
        "Towarzysz Vu Dai Thang pogratulował Tran Huy Tuanowi wyboru na sekretarza Prowincjonalnego Komitetu Partii.",
    ),
    (
        "standing_header_list",
        "vi",
        {
            "Vu Dai Thang": (
                "standing_member/party_committee/provincial",
                "vice_chair/peoples_committee/provincial",
            ),
            "Tran Huy Tuan": ("director/department/provincial", "standing_member/party_committee/provincial"),
        },
        "Dự phiên họp có các đồng chí trong Ban Thường vụ Tỉnh ủy: Vũ Đại Thắng, Phó Chủ tịch UBND tỉnh; Trần Huy Tuấn, Giám đốc Sở Tài chính.",
    ),
    (
        "copula_title",
        "ar",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "فو داي ثانغ هو نائب وزير المالية.",
    ),
    (
        "copula_title",
        "pl",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang jest wiceministrem finansów.",
    ),
    (
        "copula_title",
        "en",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang is Deputy Minister of Finance.",
    ),
    (
        "replacing",
        "pl",
        {
            "Vu Dai Thang": ("chair/peoples_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial/former",),
        },
        "Vu Dai Thang został wybrany na przewodniczącego Prowincjonalnego Komitetu Ludowego w miejsce Tran Huy Tuana, który przeszedł na emeryturę.",
    ),
    (
        "replacing",
        "fr",
        {
            "Vu Dai Thang": ("chair/peoples_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial/former",),
        },
        "Vu Dai Thang a été élu président du Comité populaire provincial, en remplacement de Tran Huy Tuan, parti à la retraite.",
    ),
    (
        "replacing",
        "es",
        {
            "Vu Dai Thang": ("chair/peoples_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial/former",),
        },
        "Vu Dai Thang fue elegido presidente del Comité Popular Provincial en sustitución de Tran Huy Tuan, quien se jubiló.",
    ),
    (
        "replacing",
        "de",
        {
            "Vu Dai Thang": ("chair/peoples_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial/former",),
        },
        "Vu Dai Thang wurde zum Vorsitzenden des Provinzvolkskomitees gewählt und ersetzt Tran Huy Tuan, der in den Ruhestand ging.",
    ),
    (
        "pronoun_next_sentence",
        "pl",
        {
            "Vu Dai Thang": (
                "head/national_assembly_delegation/provincial",
                "secretary/party_committee/provincial",
            )
        },
        "Vu Dai Thang jest sekretarzem Prowincjonalnego Komitetu Partii. Jest również szefem Prowincjonalnej Delegacji Zgromadzenia Narodowego.",
    ),
    (
        "pronoun_next_sentence",
        "es",
        {
            "Vu Dai Thang": (
                "head/national_assembly_delegation/provincial",
                "secretary/party_committee/provincial",
            )
        },
        "Vu Dai Thang es secretario del Comité Provincial del Partido. También es jefe de la delegación provincial de la Asamblea Nacional.",
    ),
    (
        "congratulated",
        "ar",
        {
            "Vu Dai Thang": ("chair/peoples_council/provincial",),
            "Tran Huy Tuan": ("secretary/party_committee/provincial",),
        },
        "هنأ فو داي ثانغ، رئيس مجلس الشعب الإقليمي، تران هوي توان على انتخابه أمينا للجنة الحزبية الإقليمية.",
    ),
    (
        "passive_appointed_by",
        "ar",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "عُيّن فو داي ثانغ نائبا لوزير المالية من قبل رئيس الوزراء.",
    ),
    (
        "passive_agent_title",
        "ar",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "تم تعيين فو داي ثانغ نائبا لوزير المالية بقرار من رئيس الوزراء.",
    ),
    (
        "names_elected_plural",
        "ar",
        {
            "Vu Dai Thang": ("deputy_secretary/party_committee/provincial",),
            "Tran Huy Tuan": ("deputy_secretary/party_committee/provincial",),
        },
        "تم انتخاب فو داي ثانغ وتران هوي توان نائبين لأمين اللجنة الحزبية الإقليمية.",
    ),
    (
        "replacing",
        "ar",
        {
            "Vu Dai Thang": ("chair/peoples_committee/provincial",),
            "Tran Huy Tuan": ("chair/peoples_committee/provincial/former",),
        },
        "انتُخب فو داي ثانغ رئيسا للجنة الشعبية الإقليمية خلفا لتران هوي توان الذي تقاعد.",
    ),
    (
        "inflected_instrumental",
        "vi",
        {
            "Vu Dai Thang": ("chair/peoples_committee/provincial",),
            "Tran Huy Tuan": ("deputy_secretary/party_committee/provincial",),
        },
        "Đồng chí Trần Huy Tuấn, Phó Bí thư Tỉnh ủy đã gặp Chủ tịch UBND tỉnh Vũ Đại Thắng.",
    ),
    (
        "neg_title_no_holder",
        "vi",
        {"Vu Dai Thang": ("director/department/provincial",)},
        "Ông Vũ Đại Thắng, Giám đốc Sở Tài chính cho biết Chủ tịch UBND tỉnh đã phê duyệt kế hoạch.",
    ),
    (
        "neg_title_verb_title",
        "pl",
        {"Vu Dai Thang": ("chair/peoples_committee/provincial",)},
        "Vu Dai Thang, przewodniczący Prowincjonalnego Komitetu Ludowego, polecił dyrektorowi Departamentu Finansów przegląd środków.",
    ),
    (
        "neg_title_verb_title",
        "es",
        {"Vu Dai Thang": ("chair/peoples_committee/provincial",)},
        "Vu Dai Thang, presidente del Comité Popular Provincial, encargó al director del Departamento de Finanzas revisar los fondos.",
    ),
    (
        "neg_title_verb_title",
        "de",
        {"Vu Dai Thang": ("chair/peoples_committee/provincial",)},
        "Vu Dai Thang, Vorsitzender des Provinzvolkskomitees, beauftragte den Direktor der Finanzabteilung, die Mittel zu prüfen.",
    ),
    (
        "agent_then_post_link",
        "en",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang was appointed by the Prime Minister to the post of Deputy Minister of Finance.",
    ),
    (
        "agent_then_post_link",
        "es",
        {"Vu Dai Thang": ("deputy_minister/ministry/central",)},
        "Vu Dai Thang fue designado por el Primer Ministro para ocupar el cargo de viceministro de Finanzas.",
    ),
]


def _posts(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    e = extract(Article("probe", text, lang=lang, published="2025-03-12"))
    return {
        o.name: tuple(
            sorted(
                f"{p.role}/{p.body.org}/{p.body.level}" + ("/former" if p.former else "") for p in o.positions
            )
        )
        for o in e.officials
    }


@pytest.mark.parametrize(("case", "lang", "expected", "text"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_the_frame_gives_each_name_its_own_posts(case, lang, expected, text):
    got = _posts(text, lang)
    assert {name: got.get(name) for name in expected} == expected
