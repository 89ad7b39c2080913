"""Chairs in every language: a name another predicate of the chair's sentence governs chairs nothing.

"At the conference chaired by A, T, on 12 March, B reported", "the conference, chaired by A, heard B", "Under
the chairmanship of A, ..., B presented", "A chủ trì hội nghị; B cho biết", a chair named by a title only
("the Chairman chaired a meeting to hear B"): B was a chair too, in every language. A name right before or
after a second chairing wording opening a clause chairs ("; A chủ trì tại điểm cầu Lâm Đồng"). The
co-chair lists, passives and inverted chairs are kept as they were (kg.extract.meetings._other_clause).
"""

import pytest

from kg.extract import extract
from kg.model import Article

A, B, P = "Vu Dai Thang", "Tran Huy Tuan", "Pham Minh Chinh"

CASES = [
    (
        "active",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، ترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، المؤتمر لمراجعة الربع الأول.",
    ),
    (
        "active",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przewodniczył konferencji podsumowującej pierwszy kwartał.",
    ),
    (
        "active",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired the conference to review the first quarter.",
    ),
    (
        "active",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị sơ kết công tác quý I.",
    ),
    (
        "active",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé la conférence de bilan du premier trimestre.",
    ),
    (
        "active",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió la conferencia para revisar el primer trimestre.",
    ),
    (
        "active",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 leitete Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, die Konferenz zur Überprüfung des ersten Quartals.",
    ),
    (
        "passive",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، عُقد المؤتمر لمراجعة الربع الأول برئاسة الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية.",
    ),
    (
        "passive",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. konferencja podsumowująca pierwszy kwartał odbyła się pod przewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii.",
    ),
    (
        "passive",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, the conference to review the first quarter was chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee.",
    ),
    (
        "passive",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, hội nghị sơ kết công tác quý I do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì.",
    ),
    (
        "passive",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, la conférence de bilan du premier trimestre a été présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti.",
    ),
    (
        "passive",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, la conferencia para revisar el primer trimestre fue presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido.",
    ),
    (
        "passive",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 fand unter dem Vorsitz von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, die Konferenz zur Überprüfung des ersten Quartals statt.",
    ),
    (
        "rel_then_reported",
        "ar",
        ("Vu Dai Thang",),
        "في المؤتمر الذي ترأسه الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، في 12 مارس 2025، قدم الرفيق تران هوي توان، مدير إدارة المالية، تقريرا عن إيرادات الميزانية.",
    ),
    (
        "rel_then_reported",
        "en",
        ("Vu Dai Thang",),
        "At the conference chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, on March 12, 2025, Mr. Tran Huy Tuan, Director of the Department of Finance, reported on budget revenue.",
    ),
    (
        "rel_then_reported",
        "vi",
        ("Vu Dai Thang",),
        "Tại hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì sáng 12/3/2025, đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính báo cáo tình hình thu ngân sách.",
    ),
    (
        "rel_then_reported",
        "fr",
        ("Vu Dai Thang",),
        "Lors de la conférence présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, le 12 mars 2025, le camarade Tran Huy Tuan, directeur du Département des Finances, a présenté le rapport sur les recettes budgétaires.",
    ),
    (
        "rel_then_reported",
        "es",
        ("Vu Dai Thang",),
        "En la conferencia presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, el 12 de marzo de 2025, el camarada Tran Huy Tuan, director del Departamento de Finanzas, informó sobre los ingresos presupuestarios.",
    ),
    (
        "rel_then_reported",
        "de",
        ("Vu Dai Thang",),
        "Auf der von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, geleiteten Konferenz am 12. März 2025 berichtete Genosse Tran Huy Tuan, Direktor der Finanzabteilung, über die Haushaltseinnahmen.",
    ),
    (
        "under_chair_then_presented",
        "ar",
        ("Vu Dai Thang",),
        "برئاسة الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، قدم الرفيق تران هوي توان، مدير إدارة المالية، التقرير في المؤتمر في 12 مارس 2025.",
    ),
    (
        "under_chair_then_presented",
        "pl",
        ("Vu Dai Thang",),
        "Pod przewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii, 12 marca 2025 r. towarzysz Tran Huy Tuan, dyrektor Departamentu Finansów, przedstawił sprawozdanie na konferencji.",
    ),
    (
        "under_chair_then_presented",
        "en",
        ("Vu Dai Thang",),
        "Under the chairmanship of Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, on March 12, 2025, Mr. Tran Huy Tuan, Director of the Department of Finance, presented the report at the conference.",
    ),
    (
        "under_chair_then_presented",
        "vi",
        ("Vu Dai Thang",),
        "Dưới sự chủ trì của đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy, sáng 12/3/2025, đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính trình bày báo cáo tại hội nghị.",
    ),
    (
        "under_chair_then_presented",
        "fr",
        ("Vu Dai Thang",),
        "Sous la présidence du camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, le 12 mars 2025, le camarade Tran Huy Tuan, directeur du Département des Finances, a présenté le rapport à la conférence.",
    ),
    (
        "under_chair_then_presented",
        "es",
        ("Vu Dai Thang",),
        "Bajo la presidencia del camarada Vu Dai Thang, secretario del Comité Provincial del Partido, el 12 de marzo de 2025, el camarada Tran Huy Tuan, director del Departamento de Finanzas, presentó el informe en la conferencia.",
    ),
    (
        "under_chair_then_presented",
        "de",
        ("Vu Dai Thang",),
        "Unter dem Vorsitz von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, stellte Genosse Tran Huy Tuan, Direktor der Finanzabteilung, am 12. März 2025 auf der Konferenz den Bericht vor.",
    ),
    (
        "noun_chaired_by_heard",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، استمع المؤتمر برئاسة الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، إلى تقرير الرفيق تران هوي توان، مدير إدارة المالية.",
    ),
    (
        "noun_chaired_by_heard",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. konferencja pod przewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii, wysłuchała sprawozdania towarzysza Tran Huy Tuana, dyrektora Departamentu Finansów.",
    ),
    (
        "noun_chaired_by_heard",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, the conference, chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, heard Mr. Tran Huy Tuan, Director of the Department of Finance, present the report.",
    ),
    (
        "noun_chaired_by_heard",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì đã nghe đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính trình bày báo cáo.",
    ),
    (
        "noun_chaired_by_heard",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, la conférence, présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a entendu le camarade Tran Huy Tuan, directeur du Département des Finances, présenter le rapport.",
    ),
    (
        "noun_chaired_by_heard",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, la conferencia, presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, escuchó al camarada Tran Huy Tuan, director del Departamento de Finanzas, presentar el informe.",
    ),
    (
        "noun_chaired_by_heard",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 hörte die Konferenz unter dem Vorsitz von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, den Bericht von Genosse Tran Huy Tuan, Direktor der Finanzabteilung.",
    ),
    (
        "chair_then_said",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، ترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، المؤتمر، وقال الرفيق تران هوي توان، مدير إدارة المالية، إن الإيرادات ارتفعت.",
    ),
    (
        "chair_then_said",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przewodniczył konferencji, a towarzysz Tran Huy Tuan, dyrektor Departamentu Finansów, powiedział, że dochody budżetowe wzrosły.",
    ),
    (
        "chair_then_said",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired the conference, and Mr. Tran Huy Tuan, Director of the Department of Finance, said that budget revenue increased.",
    ),
    (
        "chair_then_said",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị; đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính cho biết thu ngân sách tăng.",
    ),
    (
        "chair_then_said",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé la conférence, et le camarade Tran Huy Tuan, directeur du Département des Finances, a déclaré que les recettes avaient augmenté.",
    ),
    (
        "chair_then_said",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió la conferencia, y el camarada Tran Huy Tuan, director del Departamento de Finanzas, dijo que los ingresos aumentaron.",
    ),
    (
        "chair_then_said",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 leitete Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, die Konferenz, und Genosse Tran Huy Tuan, Direktor der Finanzabteilung, sagte, die Einnahmen seien gestiegen.",
    ),
    (
        "cochair_and",
        "ar",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "في 12 مارس 2025، شارك في رئاسة المؤتمر الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، والرفيق تران هوي توان، رئيس اللجنة الشعبية الإقليمية.",
    ),
    (
        "cochair_and",
        "pl",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, i towarzysz Tran Huy Tuan, przewodniczący Prowincjonalnego Komitetu Ludowego, współprzewodniczyli konferencji.",
    ),
    (
        "cochair_and",
        "en",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, and Mr. Tran Huy Tuan, Chairman of the Provincial People's Committee, co-chaired the conference.",
    ),
    (
        "cochair_and",
        "vi",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy và đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.",
    ),
    (
        "cochair_and",
        "fr",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, et le camarade Tran Huy Tuan, président du Comité populaire provincial, ont coprésidé la conférence.",
    ),
    (
        "cochair_and",
        "es",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, y el camarada Tran Huy Tuan, presidente del Comité Popular Provincial, copresidieron la conferencia.",
    ),
    (
        "cochair_and",
        "de",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Am 12. März 2025 leiteten Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, und Genosse Tran Huy Tuan, Vorsitzender des Volkskomitees der Provinz, gemeinsam die Konferenz.",
    ),
    (
        "cochaired_by",
        "ar",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "في 12 مارس 2025، عُقد المؤتمر برئاسة مشتركة من الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، والرفيق تران هوي توان، رئيس اللجنة الشعبية الإقليمية.",
    ),
    (
        "cochaired_by",
        "pl",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "12 marca 2025 r. konferencji współprzewodniczyli towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, i towarzysz Tran Huy Tuan, przewodniczący Prowincjonalnego Komitetu Ludowego.",
    ),
    (
        "cochaired_by",
        "en",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "On March 12, 2025, the conference was co-chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, and Mr. Tran Huy Tuan, Chairman of the Provincial People's Committee.",
    ),
    (
        "cochaired_by",
        "vi",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Sáng 12/3/2025, hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy và đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh đồng chủ trì.",
    ),
    (
        "cochaired_by",
        "fr",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Le 12 mars 2025, la conférence a été coprésidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, et le camarade Tran Huy Tuan, président du Comité populaire provincial.",
    ),
    (
        "cochaired_by",
        "es",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "El 12 de marzo de 2025, la conferencia fue copresidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, y el camarada Tran Huy Tuan, presidente del Comité Popular Provincial.",
    ),
    (
        "cochaired_by",
        "de",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Am 12. März 2025 fand unter dem gemeinsamen Vorsitz von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, und Genosse Tran Huy Tuan, Vorsitzender des Volkskomitees der Provinz, die Konferenz statt.",
    ),
    (
        "chaired_reception",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، ترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، استقبال وفد وزارة المالية برئاسة السيد تران هوي توان، نائب وزير المالية.",
    ),
    (
        "chaired_reception",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired the reception of the Ministry of Finance delegation led by Mr. Tran Huy Tuan, Deputy Minister of Finance.",
    ),
    (
        "chaired_reception",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì buổi tiếp đoàn công tác của Bộ Tài chính do ông Trần Huy Tuấn, Thứ trưởng Bộ Tài chính làm trưởng đoàn.",
    ),
    (
        "chaired_reception",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé la réception de la délégation du ministère des Finances conduite par M. Tran Huy Tuan, vice-ministre des Finances.",
    ),
    (
        "chaired_reception",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió la recepción de la delegación del Ministerio de Finanzas encabezada por el señor Tran Huy Tuan, viceministro de Finanzas.",
    ),
    (
        "chaired_reception",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 leitete Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, den Empfang der Delegation des Finanzministeriums unter der Leitung von Herrn Tran Huy Tuan, Vizeminister der Finanzen.",
    ),
    (
        "online_point",
        "ar",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "في 12 مارس 2025، ترأس رئيس الوزراء فام مينه تشينه مؤتمرا عبر الإنترنت مع المحليات؛ وترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، الاجتماع في نقطة لام دونغ.",
    ),
    (
        "online_point",
        "pl",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "12 marca 2025 r. premier Pham Minh Chinh przewodniczył konferencji online z miejscowościami; towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przewodniczył w punkcie Lam Dong.",
    ),
    (
        "online_point",
        "en",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "On March 12, 2025, Prime Minister Pham Minh Chinh chaired an online conference with localities; Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired at the Lam Dong bridge point.",
    ),
    (
        "online_point",
        "vi",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "Sáng 12/3/2025, Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến với các địa phương; đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì tại điểm cầu Lâm Đồng.",
    ),
    (
        "online_point",
        "fr",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "Le 12 mars 2025, le Premier ministre Pham Minh Chinh a présidé une conférence en ligne avec les localités ; le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé au point de connexion de Lam Dong.",
    ),
    (
        "online_point",
        "es",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "El 12 de marzo de 2025, el primer ministro Pham Minh Chinh presidió una conferencia en línea con las localidades; el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió en el punto de conexión de Lam Dong.",
    ),
    (
        "online_point",
        "de",
        ("Pham Minh Chinh", "Vu Dai Thang"),
        "Am 12. März 2025 leitete Premierminister Pham Minh Chinh eine Online-Konferenz mit den Provinzen; Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, leitete die Sitzung am Verbindungspunkt Lam Dong.",
    ),
    (
        "title_only_chair_mentions_other",
        "ar",
        (),
        "في 12 مارس 2025، ترأس رئيس اللجنة الشعبية الإقليمية اجتماعا للاستماع إلى تقرير الرفيق تران هوي توان، مدير إدارة المالية.",
    ),
    (
        "title_only_chair_mentions_other",
        "pl",
        (),
        "12 marca 2025 r. przewodniczący Prowincjonalnego Komitetu Ludowego przewodniczył spotkaniu, aby wysłuchać sprawozdania towarzysza Tran Huy Tuana, dyrektora Departamentu Finansów.",
    ),
    (
        "title_only_chair_mentions_other",
        "en",
        (),
        "On March 12, 2025, the Chairman of the Provincial People's Committee chaired a meeting to hear Mr. Tran Huy Tuan, Director of the Department of Finance, report.",
    ),
    (
        "title_only_chair_mentions_other",
        "vi",
        (),
        "Sáng 12/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính báo cáo.",
    ),
    (
        "title_only_chair_mentions_other",
        "fr",
        (),
        "Le 12 mars 2025, le président du Comité populaire provincial a présidé une réunion pour entendre le rapport du camarade Tran Huy Tuan, directeur du Département des Finances.",
    ),
    (
        "title_only_chair_mentions_other",
        "es",
        (),
        "El 12 de marzo de 2025, el presidente del Comité Popular Provincial presidió una reunión para escuchar el informe del camarada Tran Huy Tuan, director del Departamento de Finanzas.",
    ),
    (
        "title_only_chair_mentions_other",
        "de",
        (),
        "Am 12. März 2025 leitete der Vorsitzende des Volkskomitees der Provinz eine Sitzung, um den Bericht von Genosse Tran Huy Tuan, Direktor der Finanzabteilung, zu hören.",
    ),
    (
        "chair_inverted_then_attended",
        "ar",
        ("Vu Dai Thang",),
        "ترأس المؤتمر الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية. وحضر الرفيق تران هوي توان، مدير إدارة المالية.",
    ),
    (
        "chair_inverted_then_attended",
        "pl",
        ("Vu Dai Thang",),
        "Konferencji przewodniczył towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii. Uczestniczył w niej towarzysz Tran Huy Tuan, dyrektor Departamentu Finansów.",
    ),
    (
        "chair_inverted_then_attended",
        "en",
        ("Vu Dai Thang",),
        "Chairing the conference was Mr. Vu Dai Thang, Secretary of the Provincial Party Committee. Attending was Mr. Tran Huy Tuan, Director of the Department of Finance.",
    ),
    (
        "chair_inverted_then_attended",
        "vi",
        ("Vu Dai Thang",),
        "Chủ trì hội nghị có đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy. Tham dự có đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính.",
    ),
    (
        "chair_inverted_then_attended",
        "fr",
        ("Vu Dai Thang",),
        "La conférence était présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti. Y a assisté le camarade Tran Huy Tuan, directeur du Département des Finances.",
    ),
    (
        "chair_inverted_then_attended",
        "es",
        ("Vu Dai Thang",),
        "La conferencia fue presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido. Asistió el camarada Tran Huy Tuan, director del Departamento de Finanzas.",
    ),
    (
        "chair_inverted_then_attended",
        "de",
        ("Vu Dai Thang",),
        "Die Konferenz wurde von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, geleitet. Anwesend war Genosse Tran Huy Tuan, Direktor der Finanzabteilung.",
    ),
]


def _chairs(text: str, lang: str) -> list[str]:
    x = extract(Article(f"chairs-{lang}", text, lang=lang))
    return sorted({c for m in x.meetings for c in m.chairs})


@pytest.mark.parametrize(
    ("case", "lang", "expected", "text"), CASES, ids=[f"{c}-{lg}" for c, lg, _, _ in CASES]
)
def test_chairs_of_a_probe_sentence(case, lang, expected, text):
    assert _chairs(text, lang) == list(expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a co-chair glued to the Arabic conjunction or named after an honorific the reader does not read
        (
            "ar",
            "ترأس الاجتماع السيدة فام ثي فوك - نائبة أمين لجنة الحزب الإقليمية ورئيسة مجلس الشعب الإقليمي "
            "ونائبي رئيس مجلس الشعب الإقليمي السيد كاماك والسيد دا كات فينه.",
            ["Da Cat Vinh", "K'Mak", "Pham Thi Phuc"],  # (كاماك spelled out letter by letter: names26)
        ),
        # a list after a semicolon, an unread title word before it
        (
            "en",
            "Co-chairing the meeting were Ha Anh Dung, member of the Provincial Party Standing Committee, and "
            "permanent deputy secretary of the Party Committee of provincial Party agencies; and Nguyen Thi Thu "
            "Van, member of the Provincial Party Committee.",
            ["Ha Anh Dung", "Nguyen Thi Thu Van"],
        ),
        # a place between the chair's role and name: the role names the chair, not a title-only chair
        (
            "pl",
            "Sesji przewodniczył sekretarz Komitetu Partii Hanoi, Bui Thi Minh Hoai.",
            ["Bui Thi Minh Hoai"],
        ),
        # a place ends the clause before the wording: no subject written before it
        (
            "vi",
            "Ngày 21-9, tại Trung tâm Hội nghị của tỉnh (25B, TP Thanh Hóa), dưới sự chủ trì của đồng chí Trịnh "
            "Văn Chiến, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và các đồng chí: Phạm Thanh Sơn, Phó Chủ tịch "
            "Thường trực HĐND tỉnh; Phạm Bá Oai, Phó Chủ tịch HĐND tỉnh, HĐND tỉnh tổ chức kỳ họp thứ 13.",
            ["Pham Ba Oai", "Pham Thanh Son", "Trinh Van Chien"],
        ),
        # a conjunction before the wording is no subject ("attended and chaired")
        (
            "vi",
            "Tham dự và chủ trì Hội nghị, có đồng chí Dương Văn Trang - Bí thư Tỉnh ủy; đồng chí Võ Ngọc Thành - "
            "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh.",
            ["Duong Van Trang", "Vo Ngoc Thanh"],
        ),
    ],
)
def test_chair_lists_are_kept(lang, text, expected):
    assert _chairs(text, lang) == expected


# a name before the chair's wording that a meeting noun or an attendance word parts from the chair written
# before the wording is another predicate's: "B dự hội nghị do A chủ trì", "B said that the conference
# chaired by A ..."; and "A przyjął delegację roboczą pod przewodnictwem B": A received, B leads
BEFORE = [
    (
        "chair_with_guest_attending_before",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، حضر الرفيق تران هوي توان، نائب وزير المالية، المؤتمر الذي ترأسه الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية.",
    ),
    (
        "chair_with_guest_attending_before",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. towarzysz Tran Huy Tuan, wiceminister finansów, uczestniczył w konferencji pod przewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii.",
    ),
    (
        "chair_with_guest_attending_before",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, Mr. Tran Huy Tuan, Deputy Minister of Finance, attended the conference chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee.",
    ),
    (
        "chair_with_guest_attending_before",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Trần Huy Tuấn, Thứ trưởng Bộ Tài chính dự hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì.",
    ),
    (
        "chair_with_guest_attending_before",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, le camarade Tran Huy Tuan, vice-ministre des Finances, a assisté à la conférence présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti.",
    ),
    (
        "chair_with_guest_attending_before",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, el camarada Tran Huy Tuan, viceministro de Finanzas, asistió a la conferencia presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido.",
    ),
    (
        "said_that_meeting_chaired_by",
        "ar",
        ("Vu Dai Thang",),
        "قال الرفيق تران هوي توان، مدير إدارة المالية، إن المؤتمر الذي ترأسه الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، في 12 مارس 2025 اتفق على حلول.",
    ),
    (
        "said_that_meeting_chaired_by",
        "pl",
        ("Vu Dai Thang",),
        "Towarzysz Tran Huy Tuan, dyrektor Departamentu Finansów, powiedział, że konferencja pod przewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii, 12 marca 2025 r. uzgodniła rozwiązania.",
    ),
    (
        "said_that_meeting_chaired_by",
        "en",
        ("Vu Dai Thang",),
        "Mr. Tran Huy Tuan, Director of the Department of Finance, said that the conference chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, on March 12, 2025 agreed on solutions.",
    ),
    (
        "said_that_meeting_chaired_by",
        "vi",
        ("Vu Dai Thang",),
        "Đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính cho biết, hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì ngày 12/3/2025 đã thống nhất các giải pháp.",
    ),
    (
        "said_that_meeting_chaired_by",
        "fr",
        ("Vu Dai Thang",),
        "Le camarade Tran Huy Tuan, directeur du Département des Finances, a déclaré que la conférence présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, le 12 mars 2025 avait convenu de solutions.",
    ),
    (
        "said_that_meeting_chaired_by",
        "es",
        ("Vu Dai Thang",),
        "El camarada Tran Huy Tuan, director del Departamento de Finanzas, dijo que la conferencia presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, el 12 de marzo de 2025 acordó soluciones.",
    ),
    (
        "chair_with_guest_attending_before",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 nahm Genosse Tran Huy Tuan, Vizeminister der Finanzen, an der von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, geleiteten Konferenz teil.",
    ),
    (
        "reception_led_by",
        "pl",
        (),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przyjął delegację "
        "roboczą pod przewodnictwem pana Tran Huy Tuana, wiceministra finansów.",
    ),
]


@pytest.mark.parametrize(
    ("case", "lang", "expected", "text"), BEFORE, ids=[f"{c}-{lg}" for c, lg, _, _ in BEFORE]
)
def test_a_name_before_the_chair_of_another_predicate(case, lang, expected, text):
    assert _chairs(text, lang) == list(expected)


# a guest in the chair's sentence ("برئاسة A، وبحضور B", "with the participation of B") attends; a co-chair
# named before a second, co-chairing wording chairs ("; B, T, l'a coprésidée", "la copresidió", "وشارك في
# رئاسته الرفيق B")
PRESENCE = [
    (
        "chair_with_presence_of",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، عُقد المؤتمر برئاسة الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، وبحضور الرفيق تران هوي توان، نائب وزير المالية.",
    ),
    (
        "chair_with_presence_of",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. konferencja odbyła się pod przewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii, z udziałem towarzysza Tran Huy Tuana, wiceministra finansów.",
    ),
    (
        "chair_with_presence_of",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, the conference was chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, with the participation of Mr. Tran Huy Tuan, Deputy Minister of Finance.",
    ),
    (
        "chair_with_presence_of",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, hội nghị diễn ra dưới sự chủ trì của đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy, với sự tham dự của đồng chí Trần Huy Tuấn, Thứ trưởng Bộ Tài chính.",
    ),
    (
        "chair_with_presence_of",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, la conférence s'est tenue sous la présidence du camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, en présence du camarade Tran Huy Tuan, vice-ministre des Finances.",
    ),
    (
        "chair_with_presence_of",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, la conferencia se celebró bajo la presidencia del camarada Vu Dai Thang, secretario del Comité Provincial del Partido, con la asistencia del camarada Tran Huy Tuan, viceministro de Finanzas.",
    ),
    (
        "chair_with_presence_of",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 fand die Konferenz unter dem Vorsitz von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, im Beisein von Genosse Tran Huy Tuan, Vizeminister der Finanzen, statt.",
    ),
    (
        "chair_with_participation_active",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، ترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، المؤتمر بمشاركة الرفيق تران هوي توان، نائب وزير المالية.",
    ),
    (
        "chair_with_participation_active",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przewodniczył konferencji w obecności towarzysza Tran Huy Tuana, wiceministra finansów.",
    ),
    (
        "chair_with_participation_active",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired the conference in the presence of Mr. Tran Huy Tuan, Deputy Minister of Finance.",
    ),
    (
        "chair_with_participation_active",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị với sự tham gia của đồng chí Trần Huy Tuấn, Thứ trưởng Bộ Tài chính.",
    ),
    (
        "chair_with_participation_active",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé la conférence avec la participation du camarade Tran Huy Tuan, vice-ministre des Finances.",
    ),
    (
        "chair_with_participation_active",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió la conferencia con la participación del camarada Tran Huy Tuan, viceministro de Finanzas.",
    ),
    (
        "chair_with_participation_active",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 leitete Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, die Konferenz unter Teilnahme von Genosse Tran Huy Tuan, Vizeminister der Finanzen.",
    ),
    (
        "chair_and_cochair_verbs",
        "ar",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "في 12 مارس 2025، ترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، المؤتمر؛ وشارك في رئاسته الرفيق تران هوي توان، رئيس اللجنة الشعبية الإقليمية.",
    ),
    (
        "chair_and_cochair_verbs",
        "pl",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przewodniczył konferencji; towarzysz Tran Huy Tuan, przewodniczący Prowincjonalnego Komitetu Ludowego, współprzewodniczył.",
    ),
    (
        "chair_and_cochair_verbs",
        "en",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired the conference; Mr. Tran Huy Tuan, Chairman of the Provincial People's Committee, co-chaired.",
    ),
    (
        "chair_and_cochair_verbs",
        "vi",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị; đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh đồng chủ trì.",
    ),
    (
        "chair_and_cochair_verbs",
        "fr",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé la conférence ; le camarade Tran Huy Tuan, président du Comité populaire provincial, l'a coprésidée.",
    ),
    (
        "chair_and_cochair_verbs",
        "es",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió la conferencia; el camarada Tran Huy Tuan, presidente del Comité Popular Provincial, la copresidió.",
    ),
    (
        "chair_and_cochair_verbs",
        "de",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Am 12. März 2025 leitete Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, die Konferenz; Genosse Tran Huy Tuan, Vorsitzender des Volkskomitees der Provinz, leitete sie gemeinsam mit ihm.",
    ),
]


@pytest.mark.parametrize(
    ("case", "lang", "expected", "text"), PRESENCE, ids=[f"{c}-{lg}" for c, lg, _, _ in PRESENCE]
)
def test_a_guest_attends_and_a_second_wording_chairs(case, lang, expected, text):
    assert _chairs(text, lang) == list(expected)


# a guest an attendance word ("Dự và chỉ đạo ... có", "Attending and directing ... was") names in a clause
# closed by a semicolon before the chair's wording attends; the chair written after the wording chairs
ATTEND = [
    (
        "attend_direct_then_chair_same_sentence",
        "ar",
        ("Vu Dai Thang",),
        "حضر المؤتمر ووجهه الرفيق تران هوي توان، عضو المكتب السياسي، رئيس لجنة التنظيم المركزية؛ وترأس المؤتمر الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية.",
    ),
    (
        "attend_direct_then_chair_same_sentence",
        "pl",
        ("Vu Dai Thang",),
        "W konferencji uczestniczył i kierował nią towarzysz Tran Huy Tuan, członek Biura Politycznego, kierownik Centralnej Komisji Organizacyjnej; konferencji przewodniczył towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii.",
    ),
    (
        "attend_direct_then_chair_same_sentence",
        "en",
        ("Vu Dai Thang",),
        "Attending and directing the conference was Mr. Tran Huy Tuan, Politburo member, Head of the Central Organization Commission; chairing the conference was Mr. Vu Dai Thang, Secretary of the Provincial Party Committee.",
    ),
    (
        "attend_direct_then_chair_same_sentence",
        "vi",
        ("Vu Dai Thang",),
        "Dự và chỉ đạo hội nghị có đồng chí Trần Huy Tuấn, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; chủ trì hội nghị có đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy.",
    ),
    (
        "attend_direct_then_chair_same_sentence",
        "fr",
        ("Vu Dai Thang",),
        "Ont assisté et dirigé la conférence le camarade Tran Huy Tuan, membre du Bureau politique, chef de la Commission centrale d'organisation ; la conférence était présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti.",
    ),
    (
        "attend_direct_then_chair_same_sentence",
        "es",
        ("Vu Dai Thang",),
        "Asistió y dirigió la conferencia el camarada Tran Huy Tuan, miembro del Buró Político, jefe de la Comisión Central de Organización; presidió la conferencia el camarada Vu Dai Thang, secretario del Comité Provincial del Partido.",
    ),
    (
        "attend_direct_then_chair_same_sentence",
        "de",
        ("Vu Dai Thang",),
        "An der Konferenz nahm Genosse Tran Huy Tuan, Mitglied des Politbüros, Leiter der Zentralen Organisationskommission, teil und gab Anweisungen; den Vorsitz der Konferenz führte Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "ar",
        ("Vu Dai Thang",),
        "ترأس المؤتمر الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية؛ وحضره ووجهه الرفيق تران هوي توان، عضو المكتب السياسي، رئيس لجنة التنظيم المركزية.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "pl",
        ("Vu Dai Thang",),
        "Konferencji przewodniczył towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii; uczestniczył w niej i kierował nią towarzysz Tran Huy Tuan, członek Biura Politycznego, kierownik Centralnej Komisji Organizacyjnej.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "en",
        ("Vu Dai Thang",),
        "Chairing the conference was Mr. Vu Dai Thang, Secretary of the Provincial Party Committee; attending and directing was Mr. Tran Huy Tuan, Politburo member, Head of the Central Organization Commission.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "vi",
        ("Vu Dai Thang",),
        "Chủ trì hội nghị có đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy; dự và chỉ đạo có đồng chí Trần Huy Tuấn, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "fr",
        ("Vu Dai Thang",),
        "La conférence était présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti ; y a assisté et l'a dirigée le camarade Tran Huy Tuan, membre du Bureau politique, chef de la Commission centrale d'organisation.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "es",
        ("Vu Dai Thang",),
        "Presidió la conferencia el camarada Vu Dai Thang, secretario del Comité Provincial del Partido; asistió y la dirigió el camarada Tran Huy Tuan, miembro del Buró Político, jefe de la Comisión Central de Organización.",
    ),
    (
        "chair_then_attend_direct_same_sentence",
        "de",
        ("Vu Dai Thang",),
        "Den Vorsitz der Konferenz führte Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees; an ihr nahm Genosse Tran Huy Tuan, Mitglied des Politbüros, Leiter der Zentralen Organisationskommission, teil.",
    ),
]


@pytest.mark.parametrize(
    ("case", "lang", "expected", "text"), ATTEND, ids=[f"{c}-{lg}" for c, lg, _, _ in ATTEND]
)
def test_a_guest_of_an_attendance_clause_before_the_chair(case, lang, expected, text):
    assert _chairs(text, lang) == list(expected)


# a name after a semicolon, no colon opening a list, that a verb of its own follows after a comma is another
# clause's ("presided over by A, T; B, T, moderated the discussion"); a list's items stay chairs
CLAUSES = [
    (
        "presided_over_by",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. sesji przewodniczył towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii; towarzysz Tran Huy Tuan, wiceprzewodniczący Prowincjonalnej Rady Ludowej, moderował dyskusję.",
    ),
    (
        "presided_over_by",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, the session was presided over by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee; Mr. Tran Huy Tuan, Vice Chairman of the Provincial People's Council, moderated the discussion.",
    ),
    (
        "presided_over_by",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì kỳ họp; đại biểu Trần Huy Tuấn, Phó Chủ tịch HĐND tỉnh điều hành phần thảo luận.",
    ),
    (
        "presided_over_by",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, la session a été présidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti ; le camarade Tran Huy Tuan, vice-président du Conseil populaire provincial, a animé la discussion.",
    ),
    (
        "presided_over_by",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, la sesión fue presidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido; el camarada Tran Huy Tuan, vicepresidente del Consejo Popular Provincial, moderó el debate.",
    ),
    (
        "presided_over_by",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 wurde die Sitzung von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, geleitet; Genosse Tran Huy Tuan, stellvertretender Vorsitzender des Volksrats der Provinz, moderierte die Diskussion.",
    ),
    (
        "semicolon_list",
        "pl",
        ("Hau A Lenh", "Phan Huy Ngoc"),
        "Posiedzeniu przewodniczył towarzysz Hau A Lenh, członek Komitetu Centralnego Partii, sekretarz "
        "Prowincjonalnego Komitetu Partii – przewodniczący SC; Phan Huy Ngoc, zastępca sekretarza "
        "Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnego Komitetu Ludowego – zastępca SC.",
    ),
    (
        "colon_list_then_main_verb",
        "vi",
        ("Do Minh Tuan", "Do Trong Hung", "Lai The Nguyen"),
        "Ngày 29-9, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và các "
        "đồng chí: Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy; Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch "
        "UBND tỉnh, Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh đã được tổ chức.",
    ),
]


@pytest.mark.parametrize(
    ("case", "lang", "expected", "text"), CLAUSES, ids=[f"{c}-{lg}" for c, lg, _, _ in CLAUSES]
)
def test_a_name_of_another_clause_after_a_semicolon(case, lang, expected, text):
    assert _chairs(text, lang) == list(expected)


# a speaker of a clause the meeting noun opens after the chair ("at which B delivered a speech"); two chairs
# of a relative clause before a third name that reports (pl 'pod współprzewodnictwem')
RELATIVE = [
    (
        "chaired_at_which_spoke",
        "ar",
        ("Vu Dai Thang",),
        "في 12 مارس 2025، ترأس الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، المؤتمر الذي ألقى فيه الرفيق تران هوي توان، مدير إدارة المالية، كلمة.",
    ),
    (
        "chaired_at_which_spoke",
        "pl",
        ("Vu Dai Thang",),
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przewodniczył konferencji, na której przemawiał towarzysz Tran Huy Tuan, dyrektor Departamentu Finansów.",
    ),
    (
        "chaired_at_which_spoke",
        "en",
        ("Vu Dai Thang",),
        "On March 12, 2025, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, chaired the conference, at which Mr. Tran Huy Tuan, Director of the Department of Finance, delivered a speech.",
    ),
    (
        "chaired_at_which_spoke",
        "vi",
        ("Vu Dai Thang",),
        "Sáng 12/3/2025, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị, tại đó đồng chí Trần Huy Tuấn, Giám đốc Sở Tài chính phát biểu.",
    ),
    (
        "chaired_at_which_spoke",
        "fr",
        ("Vu Dai Thang",),
        "Le 12 mars 2025, le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, a présidé la conférence, au cours de laquelle le camarade Tran Huy Tuan, directeur du Département des Finances, a pris la parole.",
    ),
    (
        "chaired_at_which_spoke",
        "es",
        ("Vu Dai Thang",),
        "El 12 de marzo de 2025, el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, presidió la conferencia, en la que intervino el camarada Tran Huy Tuan, director del Departamento de Finanzas.",
    ),
    (
        "chaired_at_which_spoke",
        "de",
        ("Vu Dai Thang",),
        "Am 12. März 2025 leitete Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, die Konferenz, auf der Genosse Tran Huy Tuan, Direktor der Finanzabteilung, eine Rede hielt.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "ar",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "في المؤتمر الذي ترأسه بشكل مشترك الرفيق فو داي ثانغ، أمين اللجنة الحزبية الإقليمية، والرفيق تران هوي توان، رئيس اللجنة الشعبية الإقليمية، في 12 مارس 2025، قدم الرفيق لي مينه هونغ، مدير إدارة المالية، تقريرا.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "pl",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Na konferencji pod współprzewodnictwem towarzysza Vu Dai Thanga, sekretarza Prowincjonalnego Komitetu Partii, i towarzysza Tran Huy Tuana, przewodniczącego Prowincjonalnego Komitetu Ludowego, 12 marca 2025 r. towarzysz Le Minh Hung, dyrektor Departamentu Finansów, przedstawił sprawozdanie.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "en",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "At the conference co-chaired by Mr. Vu Dai Thang, Secretary of the Provincial Party Committee, and Mr. Tran Huy Tuan, Chairman of the Provincial People's Committee, on March 12, 2025, Mr. Le Minh Hung, Director of the Department of Finance, reported on budget revenue.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "vi",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Tại hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy và đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh đồng chủ trì sáng 12/3/2025, đồng chí Lê Minh Hưng, Giám đốc Sở Tài chính báo cáo tình hình thu ngân sách.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "fr",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Lors de la conférence coprésidée par le camarade Vu Dai Thang, secrétaire du Comité provincial du Parti, et le camarade Tran Huy Tuan, président du Comité populaire provincial, le 12 mars 2025, le camarade Le Minh Hung, directeur du Département des Finances, a présenté le rapport.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "es",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "En la conferencia copresidida por el camarada Vu Dai Thang, secretario del Comité Provincial del Partido, y el camarada Tran Huy Tuan, presidente del Comité Popular Provincial, el 12 de marzo de 2025, el camarada Le Minh Hung, director del Departamento de Finanzas, presentó el informe.",
    ),
    (
        "two_chairs_relative_then_third_reported",
        "de",
        ("Tran Huy Tuan", "Vu Dai Thang"),
        "Auf der von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, und Genosse Tran Huy Tuan, Vorsitzender des Volkskomitees der Provinz, gemeinsam geleiteten Konferenz am 12. März 2025 berichtete Genosse Le Minh Hung, Direktor der Finanzabteilung, über die Einnahmen.",
    ),
]


@pytest.mark.parametrize(
    ("case", "lang", "expected", "text"), RELATIVE, ids=[f"{c}-{lg}" for c, lg, _, _ in RELATIVE]
)
def test_a_speaker_or_reporter_beside_the_chairs(case, lang, expected, text):
    assert _chairs(text, lang) == list(expected)
