"""Language packs: one folder of data files per language, found by its code.

A pack is a folder ``kg/lang/<code>/`` holding files with fixed names (all optional):

=================  =============================================  ==========================
file               one line is                                    example
=================  =============================================  ==========================
``detect.txt``     a frequent function word of the language       ``przez``
``roles.tsv``      wording <TAB> role code                        ``deputy secretary	deputy_secretary``
``bodies.tsv``     wording <TAB> org code [<TAB> level]           ``provincial people's committee	peoples_committee	provincial``
``levels.tsv``     wording <TAB> level code                       ``district	district``
``cues.tsv``       cue kind <TAB> wording [<TAB> value]           ``chair	presided over``
``months.tsv``     month word <TAB> month number                  ``stycznia	1``
``ordinals.tsv``   ordinal word <TAB> number                      ``thirteenth	13``
``units.tsv``      wording <TAB> unit <TAB> factor [<TAB> before|ordinal|ranked|scored]  ``billion vnd	billion_vnd	1``
``scales.tsv``     scale word <TAB> factor                        ``thousand	1000``
``indicators.tsv`` wording <TAB> indicator code [<TAB> fallback]  ``budget revenue	budget_revenue``
``documents.tsv``  wording <TAB> document kind [<TAB> weak]       ``resolution	resolution``
``format.tsv``     setting <TAB> value                             ``decimal	,``
``abbreviations``  words with a full stop that ends no sentence   ``Mr Dr Prof``
=================  =============================================  ==========================

``format.tsv`` settings: ``decimal`` (the decimal separator, ``.`` or ``,``), ``prefix`` (a
clitic that may stick to the front of any wording, as Arabic و and ل; one line each) and
``letters`` (letters that mark the language, for detection: ``ąćęłńśźż``) and ``article`` (a
definite article that a clitic contracts, as Arabic ال in لل).

Wordings are matched on folded text (lower case, no Latin diacritics), longest first.
Adding a wording is one line. Adding a language is one folder (see ``LANGUAGES.md``).

Packs are looked for in the folders of the ``KG_PACK_PATH`` environment variable (separated by
``os.pathsep``, searched in order) before ``kg/lang``: a pack kept outside kg, or a test's
temporary one, is found the same way (a folder there named as a shipped pack replaces it).
"""

from __future__ import annotations

import difflib
import functools
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import kg.rx as re
from kg import tables
from kg.lang.matcher import _WORDS, Matcher, _heads, _keys, _may_open, _words_of, alternatives, spaced
from kg.text import fold

__all__ = ["CUE_KINDS", "PACK_PATH", "Lexicon", "Pack", "available_languages", "load_pack", "pack_folder"]

# Every cue kind the engine reads (``pack.cue(kind)``, ``pack.alternation(kind)``) and what its
# wordings mark. A ``cues.tsv`` line of another kind raises when its pack is loaded.
CUE_KINDS = {
    "achieved": "achieving or exceeding ('exceeded', 'completed'): a plan noun after it counts results",
    "area": "a word of a square unit ('km²', 'square', 'carrés', 'Quadrat*', 'cuadrados', 'kwadratow*', 'مربع*') in a figure's unit: an area, never a distance a border verb or another distance cue before it makes the length of where a place lies ('borders Laos and has an area of 1,200 km²')",
    "attend": "attending a meeting ('attended'): names after it attend, not chair",
    "attend_aside": "what may stand between an attended meeting's noun and its attendees: an adverb ('أيضا', also) or the side they come from (vi 'về phía tỉnh', on the province's side): 'حضر الدورة أيضا الرفيق A' names a meeting as 'حضر الدورة الرفيق A' does (meetings._attendees_after)",
    "resolved": "resolving or settling complaints ('resolved', 'حلت', 'giải quyết', 'rozwiązano'): a share of complaints after it ('حلت 34/37 شكوى') counts those resolved, its total all of them",
    "vacant": "'pending the filling of', 'bis zur Besetzung', 'mientras se completa', 'en attendant que', 'do czasu obsadzenia', 'trong thời gian chưa kiện toàn', 'إلى حين شغل' opening a clause: the post it names, up to the clause's end, is nobody's yet, no title of the name after the clause (extract._vacant_clause)",
    "reason": "a reason opening a list item after a name ('due to', 'بسبب', 'pour cause de', 'debido a', 'w związku z', 'wegen'): 'إعفاء كل من: السيد A، بسبب التقاعد ...، والسيد B، بسبب ...، من منصب P', the item is a name and why it goes, so the post a ``released_from`` cue writes after the list is every listed name's (extract._released_together)",
    "released_from": "'from the position of' after a name a verb relieves of a post ('dismiss Mr. A from the position of', 'من منصب', 'du poste de', 'del cargo de', 'ze stanowiska'): the post after it is also that of a name a conjunction joins after the post, whose clause writes nothing more than a parenthesis ('..., and Mr. B (transferred to ...)'; lists._released_shared)",
    "join": "joining or leaving a party body ('to join', 'stop participating in', 'للانضمام إلى', 'do udziału w', 'tham gia'): after a titled name, with no post named after it in its sentence, the name is a member of the party body right after it (a standing member of a standing committee joined with it); with a post after it ('and hold the post of Secretary'), only that post (docs/conventions.md); valued 'last', a verb written last, the body before it in its clause (de 'ist dem Ständigen Ausschuss ... beigetreten', 'um dem Exekutivkomitee ... beizutreten')",
    "benchmark": "a national average ('national average', 'średnio w kraju'): a figure after it is the country's",
    "born": "a birth's word ('born in', 'nacido en', 'sinh năm'): the year after it is no event's",
    "by_amount": "the word of a change's amount ('by' in 'rose by 15%', 'o', 'um', 'بنسبة'): a percentage right after it is the change, never the level a range after it rose from ('increased by 15% to 20%')",
    "cap": "an upper bound a rule sets ('no more than', 'không quá', 'nie więcej niż'): a count after it is a norm, not a reported figure",
    "cardinal": "a number written as a word ('two', 'bốn'; value: the number): before a role it counts the names a list marker lists after it, as a digit does; the days a meeting worked ('after five days')",
    "chair": "chairing a meeting ('presided over', 'chủ trì'); value 'noun': only when a meeting noun starts within the three words after it (de 'leitete die' + 'erweiterte Sitzung')",
    "congress": "a congress, the event that opens a term ('congress', 'đại hội', 'zjazd'): its term's first year is its year",
    "congress_of": "where one noun names a conference and a congress (ar مؤتمر), what after that noun and the ordinal 1 makes it a congress: the party organisation it is of ('المؤتمر الأول للجنة الحزب الإقليمية', vi 'Đại hội Đảng bộ tỉnh lần thứ I'; not its executive, 'المؤتمر الأول للجنة التنفيذية', a first conference), valued 'any': after any ordinal, the party organisation itself ('المؤتمر الثامن عشر للحزب', a plenum being its committee's); valued 'term': after the ordinal of a congress the text names too, unless a term of years after it began before a year its sentence writes, the party committee ('المؤتمر السادس عشر للجنة الحزب' after 'المؤتمر السادس عشر للحزب الإقليمي')",
    "event": "an event a committee is set up to organise ('congress', 'festival', 'للمؤتمر', 'kongres*'; a word ending with it or, for a stem, holding it: 'nachahmungskongresses'): the organising committee right before it ('the Organizing Committee of the ... Congress', Ban Tổ chức Đại hội) is the event's, org other, not the Party's Organisation Commission (titles._event_organiser)",
    "conjunction": "'and': names and titles joined by it share titles",
    "then": "'then' between two ranks of one post a person held in turn ('Vice Chairman, then Chairman of the PPC', 'Phó Chủ tịch rồi Chủ tịch'): the first shares the second's body, as after a conjunction",
    "cochair": "a word after the meeting noun that joins a co-chair to the chair ('together with', 'cùng', 'junto con', 'wraz z', 'بالاشتراك مع'); value 'verb' marks a co-chairing verb ('co-chaired', 'đồng chủ trì'), after which a plain 'with' (value 'with') joins too",
    "comrade": "a party honorific ('comrade', 'đồng chí', 'camarade', 'Genosse', 'towarzysz', 'الرفيق'): a name it stands before is a party official, not a citizen quoted ('Mr. A, a farmer, said ...'); a sentence opening with an office after a sentence naming such an official alone refers back to him (extract._title_for_untitled)",
    "courtesy": "an honorific that alone makes no official ('pan', 'pani': Mr, Mrs; a citizen quoted), unlike a comrade or a rank",
    "currency_before": "a currency written before the number ('VND' in 'VND23 billion')",
    "dateword": "a word before a numeric date (Vietnamese 'ngày')",
    "date_article": "an article or a preposition a day and a month in figures follow at a clause's start, a clause end"
    " or a year after them ('El 12/3, ...', 'في 12/3، ...', 'On 12/3, ...'): a date; within a clause ('alcanzó el 3/4')"
    " a share",
    "date_before": "a word a day and month written as a fraction follows ('từ 1/7', 'hôm 17/11'): without one (nor a bracket, a dateword, since, until or label cue) 'a/b' is a share ('là 5/11')",
    "day_link": "what links a day to its month ('of' in '26th of August', 'bis 1.')",
    "day_range": "what joins the days of a meeting of several days ('22 and 23 August', '12-15 June')",
    "decrease": "a figure falling ('decreased by')",
    "distance": "a word that makes a length a distance between places, no reported figure: a third column 'after' for a word right after its unit ('5 km from', '5 كيلومترات عن'), 'later' for one later in the clause ('120 Kilometer von Hanoi entfernt'), 'near' for one at most two words after its unit ('240 km de frontière', '240 km đường biên giới'; not '120 km đường tuần tra biên giới'), else before the number in its clause ('cách trung tâm 5 km', 'a unos 5 km')",
    "docmark": "a document number's mark ('No.', 'số')",
    "foreign": "a foreign country or its adjective ('Laos', 'Lào', 'du Laos', 'français', 'Lao'): right after a central title or right before its role, the office is that country's, of org other, no Vietnamese body ('a deputy of the National Assembly of Laos', 'Thủ tướng Lào')",
    "former": "a former post ('former', 'nguyên')",
    "former_after": "a former post's word written after the role ('السابق' in 'الأمين السابق للجنة'), not before it",
    "standing_after": "a standing post's word written after the deputy's body ('الدائم' in 'نائب رئيس اللجنة الشعبية الإقليمية الدائم'): the deputy is the standing one",
    "hold": "holding a meeting ('held', 'organised', 'opened')",
    "held_success": "a meeting's successful holding written as a noun or a participle after a congratulation ('congratulated the province on the successful organisation of its 20th Congress', 'gratulierte ... zur erfolgreichen Ausrichtung des Parteitags', 'pogratulował ... udanej organizacji XX Kongresu', 'هنأ ... على النجاح في تنظيم المؤتمر', 'chúc mừng ... đã tổ chức thành công Đại hội'): the meeting noun after it names a meeting held before the one reported, one of its own, not more of the visit or ceremony before it",
    "honorific": "a word before a name that makes it an official ('Comrade', 'ông'); a third column 'oblique' for a form in an oblique case ('Herrn'): with a courtesy title, after a title that an acts_on verb comes before, the name is the verb's object ('empfing der Premierminister Herrn A')",
    "increase": "a figure rising ('increased by'); a third column 'noun' marks a growth noun ('growth of', 'tăng trưởng'): a worded range after it is a range of rates, no change from one level to another",
    "meeting_at": "'at' opening a sentence before a meeting noun ('At the meeting, …'): a meeting held",
    "livestock": "a noun of farm animals ('cattle', 'pigs', 'poultry'): a person's noun right before it, 'of' between at most, counts animals ('200 head of cattle': a count, no persons)",
    "label": "a noun a number names, not counts ('Region 1', 'Projektu 01', 'مشروع 06'): no count",
    "venue": "a place noun ('hall', 'hội trường', 'salle', 'قاعة', 'theatre', 'square', 'hotel'): a name written right after it (right before it, valued 'after': 'Ton Duc Thang Hall') is the place's, no person's",
    "no_level": "a body between the provinces and the centre that has no level of the code list (a military region, Quân khu: 'Military Region 1', 'Regionu Wojskowego', 'المنطقة العسكرية'): a title whose body it names has no level ('Deputy Commander of Military Region 1', 'the Party Committee of Military Region 2'), no province's",
    "locative": "a preposition of place ('in', 'nach', 'w', 'en'): capitalised words right after it, before a comma and a role, are a place, no name in apposition",
    "list_marker": "'including' after a plural role: the names listed after it hold that role ('darunter', 'dont'); valued 'composed', only after a ``members_list`` cue in its clause (ar 'كلا من', the object of any verb: 'ويضم نواب رئيس ... كلا من الرفاق: A')",
    "meeting": "a meeting noun ('meeting', 'conference', 'kỳ họp'); valued 'act' an act held only on a day ('công bố quyết định'), 'call' a visit paid with a light verb ('paid a visit', 'a rendu visite', 'بزيارة'), a meeting only when a place or a body follows it",
    "group": "a group working for a body, not the body ('working delegation', 'đoàn công tác', 'jury', 'delegación'): names a members_list cue lists after it are the group's, not members of the body it names",
    "members_list": "a header saying a body's members are listed ('composed of', 'the list includes', 'w skład'; value: the pack's word for a member): the names of the dash lines after a header ending in a colon are members of the body written beside it, in the header or the sentence before",
    "invested_into": "the preposition of what a sum is put into ('into', 'in', 'vào', 'في', 'dans', 'do'), right before a count of projects: the sum takes the count's indicator ('293 million USD was poured into 51 FDI projects': fdi); not a sum taken from them ('collected 5,000 billion VND from 120 FDI projects'; metrics._invested_in; a pack that lists none reads any short gap so)",
    "opening_participle": "a participle of meeting that names a meeting only where it opens its sentence's clause, a comma closing that clause ('On May 22, working with the Standing Committee ..., the Prime Minister', 'al trabajar con', 'وأثناء عمله مع'): elsewhere ('said the province would continue working with investors') its hold, meeting and meeting_kind wordings are blanked (meetings.find_meetings)",
    "meeting_kind": "a noun naming a meeting's kind, a third column its code in code/meeting ('congress', 'working session<TAB>working_session')",
    "notchange": "a word making a following percentage a level, not a change ('to')",
    "notcounted": "a noun after a number that is no count of anything (years, days, hours)",
    "compared_year": "a noun after a year that makes it the year a figure is compared with ('exceeded 2024 levels',"
    " 'reached 2024 figures'): no count, though a quantity word stands before it",
    "notname": "a word never read as (part of) a name",
    "ordinal_suffix": "a suffix written after an ordinal number ('th', 'e', '.')",
    "out_of": "'of' in 'a of b' counts",
    "adopt": "a deliberating body's decision verb ('adopted', 'voted', 'elected', 'przyjęło', 'thông qua'): right after a National Assembly or a People's Council, with a day, the sentence reports a sitting held",
    "elected_by": "an election's passive participle and its agent's preposition ('elected by', 'elegido por', 'élu par', 'wybrany przez'), a National Assembly, a People's Council or a party committee right after it (an article aside): with a day, that body sat that day (meetings._elected_by); valued, the preposition alone and the participle the sentence writes elsewhere, then the side, 'after' the body or 'before' the preposition (de 'vom' ... 'gewählt', ar 'من قبل' ... 'تم انتخاب')",
    "ballot": "a vote's own words ('unanimously', 'of the votes', 'à l'unanimité', 'des voix', 'por unanimidad', 'einstimmig', 'jednogłośnie', 'số phiếu', 'بالإجماع', 'من الأصوات'): a sentence that writes one reports a vote (as an ``adopt`` verb), its tallies that vote's, no figure an earlier sentence wrote ('100 % des comités ont publié des plans ... avec 100 % des voix favorables')",
    "appoint": "an active appointing verb ('nombró', 'designó', 'mianowało', 'powołał', 'a nommé', 'appointed'): the"
    " name right after it, its honorific or article between, is its object, and a role written right after the name"
    " (no link word, in lower case, in any case the pack reads: 'nombró al Sr. A secretario del Comité', 'mianowało"
    " pana A sekretarzem Komitetu') is the post it gives that name",
    "auxiliary": "de: the auxiliary of a perfect ('hat', 'haben'), written before its subject in a main clause whose participle ends it: a title right after it (an article, 'auch' between) and before an oblique honorific is the subject's, the name after the honorific the object ('Am selben Tag hat der Premierminister auch Herrn A empfangen'; titles._inverted_subject, as an acts_on verb); written between a title and a name, the title is the subject's too ('Der Premierminister hat Herrn A zum ... ernannt'; titles._acting)",
    "acts_on": "a verb of an official acting on a person ('received', 'met', 'authorised', 'przyjął'): a title written before it is its subject's, not that of a name right after it; a third column 'alone' for a word that is the verb only when it alone stands between two titles ('giao' in 'Thủ tướng giao Phó Thủ tướng A', not in 'Thứ trưởng Ngoại giao A'); 'person' for a verb whose object is a person by its sense ('كلف', assigned): after it a title, a courtesy title in the nominative and a name are its subject's title and its object (else, but for a central office, the name's own title: 'استقبل رئيس اللجنة الشعبية السيد A وفدا')",
    "mandate": "acting on another's authority or behalf ('sur procuration du', 'authorized by', 'on behalf of', 'thay mặt'): a title after it is the principal's, not that of a name a later title is written before, nor that of a name a comma parts it from ('Thay mặt Chủ tịch UBND tỉnh, ông A trao …'), nor that of the name it follows ('A, on behalf of the Chairman of X, presented …')",
    "partition": "'of which' ('davon', 'z czego', 'dont'): a bare number after it is a part of the count before",
    "plan_exceeded": "the plan's excess written before a percentage ('surpassing the yearly plan by', 'dépassant le plan annuel de', 'متجاوزة الخطة بنسبة'): the percentage is a share of the figure before, as 'of the plan' after it",
    "contrast": "a conjunction opening a contrasting clause ('while', 'podczas gdy', 'tandis que', 'mientras que', 'während', 'في حين', 'trong khi'; valued `comma` only after a comma: pl 'a', vi 'còn'): a change after it that an indicator's wording of its clause governs is that clause's figure, no change of the value before ('budget revenue reached VND 20 trillion, while exports rose 12%')",
    "versus": "a preposition right before a percentage naming the earlier level it is compared with ('compared with', 'contre', 'frente al', 'gegenüber', 'wobec', 'مقابل', 'so với'): '45 %, contre 38 % au cours de la même période' gives 38% no change of its own, unless the figure before it is a rate of change ('grew 7.5%, compared with 6.8% in the same period': the earlier rate)",
    "earlier_period": "an earlier period named after a percentage a `versus` cue compares ('the same period', 'last year', 'im Vorjahreszeitraum', 'في نفس الفترة', 'cùng kỳ'): the percentage is that period's figure, a rate of change when the one before it is ('grew 7.5%, compared with 6.8% in the same period last year'); not 'compared with 7.1% nationwide'",
    "receive": "a receiving verb ('received', 'tiếp', 'استقبلت', 'empfingen', 'przyjęły', 'ont reçu', 'recibieron'): a count of citizens is citizens received only with one in its clause before it or right after its noun ('2619 obywateli przyjęto'); else other ('The province has 3.4 million citizens')",
    "capital_link": "a capital's word ('capital', 'vốn', 'Kapital', 'kapitał', 'رأس مال', 'worth') between a count of FDI projects and a sum with no wording of its own, no comma or conjunction between: the sum is their capital, fdi ('462 FDI projects with a total registered capital of US$2,974 million'; not '120 FDI projects and the average income of workers is VND 8 million')",
    "comparative": "a comparative right after a percentage ('higher', 'wyższy', 'höher', 'superior a', 'cao hơn'): a same-period cue later in the percentage's clause makes it a change ('o 5,46% wyższy niż w analogicznym okresie'), which a share's words before the period do not ('35 % du PIB au cours de la même période')",
    "revenue": "a bare revenue noun or an earning verb ('revenue', 'earned', 'doanh thu', 'przychody', 'recettes', 'ingresos', 'Einnahmen', 'الإيرادات'): a sum after it in a sentence that counts tourists before it, or after a `tourism` cue in its clause, is tourism revenue; valued `clause`, an earning verb of any earner (vi 'thu về'), only after a tourism word in its own clause ('Ngành du lịch thu về')",
    "tax": "a word of taxes ('tax', 'taxes', 'fiscales', 'impuestos', 'Steuer*', 'podatkowe', 'الضريبية', 'thuế'): within three words before a bare revenue noun or six after it, in its clause ('tax revenue from the tourism sector', 'revenue from the service sector's taxes', 'les recettes fiscales du secteur du tourisme', 'die Steuereinnahmen'), the sum is the state budget's revenue, whatever sector pays the tax; valued `revenue`, a wording that is itself a tax's revenue ('thu thuế', 'recaudación de impuestos'); valued `not`, a tax lost or owed, no revenue ('thất thu thuế', 'tax collection arrears'; metrics._tax_revenue)",
    "difference_link": "the word linking a comparative (or the period it names) to the amount of a difference right after it ('là', 'by', 'o', 'um', 'en', 'de', 'ب' glued to the number): 'nhiều hơn năm 2023 là 5 dự án', 'أكثر بـ5 مشاريع من عام 2023' are differences, no counts; 'más de', 'supérieur à' (more than) are not links (metrics._more_by, review30 Medium 4)",
    "period_value": "the value or level of a period named between a percentage and a same-period cue ('wartości', 'poziomu', 'de celui de', 'de celle de', 'of that of', 'del valor de', 'des Wertes'): '85,02% wartości z analogicznego okresu' is the same period's share, a change of -14.98 as '85.02% of the same period' (metrics._past_period_value)",
    "plan_term": "a noun of the plan a figure is measured against ('plan', 'target', 'estimate', 'objectif', 'meta', 'Ziel', 'cel', 'الخطة', 'الهدف', 'kế hoạch', 'mục tiêu'): two words at most after a `versus` cue, a percentage compared with it is no change against the same period ('an increase of 58.3% compared to the set target'; metrics._versus_plan)",
    "reckoning": "a word of reckoning a sum with or without its tax ('before', 'after', 'excluding', 'net of', 'hors', 'avant', 'après', 'antes de', 'después de', 'vor', 'nach', 'ohne', 'przed', 'po odliczeniu', 'قبل', 'بعد'): right before a `tax` word, the tax is no source of the revenue ('the company's revenue after tax', 'le chiffre d'affaires hors taxes': no budget revenue; metrics._tax_revenue, review30 Medium 1)",
    "service": "a service's noun ('service', 'services', 'Dienstleistung*'): a bare revenue noun it modifies or names as the source is a service's revenue, not the state budget's ('port service revenue', 'die Einnahmen aus Hafendienstleistungen'; metrics._service_revenue)",
    "gapped_amount": "the word of a change's amount that a second subject keeps when its verb is gapped ('by', 'de', 'un', 'um', 'o', 'بنسبة'): 'exports rose by 12% and retail sales by 15.2%' is the retail sales' change; valued `not`, a level's verb before it ('est de', 'étant de', 'se situó en un': 'et le taux de pauvreté est de 3 %' a level; metrics._gapped_change)",
    "than": "the word after a compared noun ('than'): 'licensed 5 more projects than in 2023', a comparative between the number and its noun and this after the noun, is a difference, no count (metrics._more_than)",
    "revenue_source": "a preposition naming a revenue's source right after a `revenue` cue ('from', 'từ', 'من', 'z', 'de la', 'por', 'aus'): a revenue of that source, no tourism revenue unless a `tourism` cue follows ('revenue from the sale of state land')",
    "tourism": "a word of tourism ('tourism', 'du lịch', 'turystyczny', 'tourisme', 'turístico', 'Tourismus*', 'السياحة'): before a `revenue` cue in a sum's clause, the sum is tourism revenue ('The tourism sector earned more than 5 trillion VND')",
    "capital_source": "a budget named as a source of capital ('presupuesto central', 'budget provincial'): after a partition cue in its sentence (a capital's breakdown: 'de los cuales el presupuesto central es VND 1.300 mil millones'), a sum after it is no budget revenue",
    "person": "a noun counting people (a count of people is a metric)",
    "plan_noun": "a noun of a plan's content (targets, tasks, breakthroughs): counted only as 'a/b' or 'a of b'; valued 'target', a target or goal ('targets', 'mục tiêu', 'objectifs', 'Ziele', 'أهداف'), whose year of five may be a term's far end, not the next year's ('On December 20, ... to set the targets for 2030' is no meeting of 2029)",
    "year_noun": "a year's noun ('year', 'l'année', 'Jahres', 'roku', 'العام', 'năm'): one of the words that may stand between a `plan_noun` and the year it names ('les tâches de l'année 2025', 'die Aufgaben des Jahres 2025', 'مهام العام 2025' as 'the tasks for the year 2025': a plan's year; meetings._plan_gap)",
    "possessive_ending": "a possessive ending glued to a noun ('s: 'the Central Committee's 8th plenum'): an ordinal after it is no session or term of that noun",
    "plural": "role words for several people ('members of'); valued 'accusative', a dual the singular's accusative writes alike (ar 'نائبا'): not plural where a longer ``title_link`` opens with it ('A، t1، نائبا لرئيس ...', appointed deputy)",
    "plural_alike": "a role word the language writes alike for one and several (pl 'wiceprzewodniczący', 'przewodniczący'): before names joined with no honorific between ('wiceprzewodniczący Prowincjonalnego Komitetu Ludowego A, B i C', vi 'các Phó Chủ tịch UBND tỉnh A, B và C') it titles them all, as a ``plural`` one does",
    "new_holder": "'the new' before a post opening a sentence ('the new chairman', 'tân Chủ tịch', 'nowy przewodniczący', 'el nuevo presidente'): when the official named before holds that post, the subject is that official, as after a pronoun ('The new chairman previously held the posts of ...'); a third column 'after' for a word written after the role (ar 'الرئيس الجديد')",
    "photo": "a photo credit's word ('Photo', 'Ảnh', 'الصورة', 'Zdjęcie', 'Foto'): a sentence that ends with it, a colon and a credit ('... (Photo: VNA)') is a caption, which leaves the subject a pronoun or a dropped subject after it speaks of as it was",
    "pronoun": "a sentence-opening pronoun whose posts are the last named official's ('He'); a third column 'dropped' for a verb that drops its subject (ar 'شغل منصب', pl 'pełnił', es 'ocupó'): its subject is the last sentence's subject, not the object of its verb ('A met B. Before that, [A] held …')",
    "headed_by": "a participle or verb of heading right before a name, an honorific between ('headed by', 'présidée par', 'encabezada por', 'geleitet von', 'ويرأسها'; value: the pack's word for the chairman; a second value, the preposition of a wording's agent, for a participle closing the clause after the name: de 'geleitet' after 'von Herrn A, ...,'): the name heads the body the clause is about, that role of it ('The Inspection Commission consists of 13 people, headed by Mr. A'), not in a clause that names a meeting",
    "possessive": "'its' before a role written right before a name ('son chef, X', 'رئيسها X'): a post of the body the sentence is about",
    "in_person": "'in the person of' between a role and the name right after it ('ma przewodniczącego w osobie pana A', 'a pour président en la personne de M. A'): the name holds the role, of the body the sentence is about",
    "rank": "a military rank written before a name ('General', 'الجنرال'), also an honorific: it opens no new item of a list of names",
    "received_from": "fr, es: a verb of receiving ('a reçu', 'recibió'); valued 'genitive', the genitive ('du', 'de la', 'del') right after the document word that verb receives, which names the giver as a source cue does ('M. A a reçu la décision du secrétaire ..., B': B gives it, the title before B is B's; titles.giver_words)",
    "source": "a preposition naming who gives a document ('received the decision ... from Mr. B', 'od pana B', 'من السيد B', 'des mains de M. B'): the post between the document and it stays the subject's, the giver takes none (titles._handed_post)",
    "recipient": "a word after a document word naming who receives it ('trao quyết định cho', 'handed the decision to'): the title after it is the receiver's, not the issuer's",
    "put_first": "a verb of putting something first, a priority (vi 'đặt lên hàng đầu': 'se pone en primer lugar', 'an die erste Stelle gestellt', 'stawia się na pierwszym miejscu', 'is put in first place', 'توضع في المرتبة الأولى'): an ordinal and a rank word after it in its clause are no rank",
    "quantity": "a quantity word right before a number ('more than', 'nearly', 'about', 'hơn', 'ponad', 'أكثر من'): a number from 1950 to 2100 after it is a count, no year (no figure lost, no meeting dated by it), but one with no word after it in its clause; a third column 'about' for a word of approximation ('about', 'khoảng', 'حوالي'): after a locative preposition ('held in about 2020') the number is a year; 'more' for 'more than', 'hơn', 'ponad' (the days worked: a day more)",
    "range": "what joins the bounds of a range of figures ('from 8 to 8.5%', 'de 9 à 10%', 'od 40 do 120 milionów VND'): the lower bound; a count given as a range ('from 23 to 25 members') is a rule's bounds, no figure",
    "range_start": "a word before the lower bound of a range whose bounds a conjunction joins ('between 35% and 40%'): the lower bound",
    "clause_verb": "a verb opening a coordinated clause of its own ('and has', 'i ma', 'und hat', 'et possède', 'y tiene', 'ولديها'): after a border verb ('borders', 'graniczy', a ``distance`` cue before the number) it ends that verb's clause, so a length after it is a reported figure ('borders Laos and has 120 km of roads')",
    "ranking": "a word of a ranking ('Rangliste', 'Index', 'rangiert', 'landesweit', 'w rankingu', 'w kraju'): a rank word that is also a place in a list or an agenda, an office (units.tsv rows marked ``ranked``: de 'Stelle', pl 'pozycji'; 'an 3. Stelle der Tagesordnung') is a rank after an ordinal only with it or a rank indicator ('PCI') in its clause",
    "rank_among": "a word before the field a rank is counted among that counts nothing else ('ranked 26th among 63 provinces', 'den 26. Platz unter 63 Provinzen', 'xếp vị thứ 26 so với 63 tỉnh'), as an out_of cue does there: with a rank word before it in its clause, the count after it is no figure",
    "top_of": "a count among the best or the highest: a word right before the number, valued 'before' ('among the', 'parmi les', 'zu den', 'من بين'), and a superlative after its counted noun in its clause, valued 'after' ('highest', 'les plus élevées', 'höchsten', 'أعلى'): the count is a top N, a rank, as 'top 10' is ('among the 10 localities with the highest budget revenue': rank 10)",
    "figure_subject": "a pronoun or noun that stands for the figure the sentence before gave ('it', 'il', 'sie', 'ono', 'the figure', 'ce taux'): among the last three words before a figure that names no indicator, the figure goes on about that one and takes its indicator ('Die GRDP-Wachstumsrate erreichte 2022 13,94 %. In den ersten neun Monaten 2023 erreichte sie 13,3 %')",
    "negation": "a negation ('not', 'yet to', 'pas', 'no se', 'nicht', 'nie', 'لم', 'chưa'): a completion after it in a share's clause ('24 of the 25 tasks have not been completed', 'chưa hoàn thành') is none, the share no count of targets met",
    "review": "'to review': a January conference reviewing year Y is dated Y+1",
    "carry_out": "an implementation, a disbursement or a speeding up ('the implementation of', 'disbursement', 'mise en œuvre', 'ejecución', 'Umsetzung', 'realizację', 'تنفيذ', 'thực hiện', 'giải ngân'; valued 'not', a deploying of it: 'triển khai thực hiện'): a plan's document noun at most four words after it names the year's own plan, under way, no next year's (a December meeting 'on the implementation of the plan for 2025' is of 2025; meetings._carried_out)",
    "discuss": "a verb of analysing or discussing ('to analyse', 'discussed', 'analyser', 'discutió', 'erörtern', 'omówić', 'ناقش', 'thảo luận'): it reviews a year it names, as a ``review`` cue does, only when the object's head is a year's results (its first ``review_object`` word, no year's noun, valued 'result', no plan's noun before it nor anything to come, and never in a December plan's rule: 'that analysed the results of 2024' on 10 January is of 2025; 'discussed the tasks for 2026', 'to discuss the implementation of public investment in 2025' review none)",
    "review_object": "a period's work or its year as a review's object ('the work', 'results', 'tasks', 'the year', 'công tác', 'kết quả', 'pracy', 'أعمال', 'العام'): a ``review`` cue valued 'object' (a bare 'to review', 'to assess', 'đánh giá') reviews a year it does not name only with such a word among the five after it in its clause, or no word after it ('held a conference to assess the progress of the project' on 8 January reviews no year)",
    "anniversary": "an anniversary's word ('anniversary', 'rocznica', 'kỷ niệm', 'الذكرى'): a day written after it is the one recalled, and its years counted give the year of now",
    "places": "a noun counting places ('localities', 'provinces', 'Ortschaften', 'miejscowości', 'مناطق'): a growth in the clause of such a count, right before a percentage ('6 localities grew by more than 10%', 'wuchsen 6 Ortschaften um mehr als 10 %'), is the places' own, their GRDP's, a figure of its own and no change of the count; valued 'commune', a commune's plural ('communes', 'gmin', 'بلديات'), whose sentence makes a count of criteria the new countryside's (metrics._rural_criteria); valued 'growth', a growth noun no increase cue writes ('نمواً')",
    "scheduled": "a bare participle of a day an event is set for ('scheduled for', 'programado para', 'zaplanowanego na', 'angesetzten' after the day, 'المقرر في'): a review up to that day reviews nothing past (meetings._to_come), and a whole day after it is no target (meetings._not_event_dates); unlike planned, its sentence may still report a meeting held ('the congress, scheduled for three days, opened')",
    "sector": "a noun of an economic sector ('sector', 'secteur', 'Sektor', 'sektora', 'قطاع', 'khu vực', 'ngành'): between a growth wording and its percentage ('the growth rate of the industry and construction sector rose 4.7%'), the growth is the sector's, no GRDP growth; valued 'qualified', a compound that names the sector ('Industriesektoren'): after 'all' a group of sectors, no whole economy",
    "year_part": "a part of a year ('quarter', 'kwartał', 'quý'): a review of it ('I kwartał 2025', 'quý I năm 2025') is held within that year",
    "aide": "an assistant's noun right before a leader's name ('Trợ lý đồng chí B', 'assistant to Comrade B', 'asistente del camarada B', 'مساعد الرفيق B'): the name before it holds a post of the Government when the leader's titles are the Government's",
    "topic_object": "a verb whose object the next sentence speaks of ('congratulated', 'felicitó', 'pogratulował', 'هنأ', 'chúc mừng'): a subject dropped after a sentence where it acts on the last official named is that official, not the sentence's subject ('A felicitó al señor B. Fue elegido presidente …': B); valued 'given', a decision handed over, what is given written between it and its one receiver ('A entregó la decisión de nombramiento al Sr. B. Es miembro …': B)",
    "retell": "a sentence opener that tells again what was just reported ('As a result', 'Theo đó', 'وبذلك', 'Damit', 'Ainsi', 'Como resultado', 'W rezultacie'): a vote's tally in a sentence it opens, naming no official, is that of the last vote with the same tally whose sentence names none, told again ('passing 15 resolutions with 100% ... As a result, the resolutions were passed with 100% ...': one tally)",
    "earlier": "'earlier' opening a sentence ('Earlier,', 'trước đó', 'auparavant', 'anteriormente', 'zuvor', 'wcześniej', 'قبل ذلك'): the sentence goes back to an event before the one just reported, so an earlier day it names is no first day of that meeting",
    "same_day": "'on the same day' opening a sentence ('cùng ngày', 'le même jour', 'am selben Tag', 'tego samego dnia', 'في اليوم نفسه'): a sentence it opens that names a chair or holds a meeting reports another meeting, dated like the one before",
    "against_plan": "the other term of a comparison that is no earlier period (the plan, the target, the national average: 'so với kế hoạch', 'than the plan', 'عن الخطة', 'من المتوسط الوطني'): a percentage it follows is no change against the same period",
    "same_period": "'the same period': a change against it is a year-on-year change",
    "shift": "a verb moving a level from one figure to another, neither a rise nor a fall ('went from', 'est passé de', 'pasó del'): 'went from 40% to 45%' is two levels, no range",
    "session": "a session or plenum ordinal's noun (documents); value 'congress' marks a word for a congress too (ar 'المؤتمر'): a resolution of its Nth meeting is the Nth congress's when the article named one",
    "share": "a share ('accounting for')",
    "term": "a term or congress ordinal's noun (documents)",
    "total": "a total's noun ('Gesamtzahl', 'total number of'): a number closing its clause counts what it names",
    "topic": "what opens a document's subject ('on', 'o', 'w sprawie', 'về', 'بشأن'): an ordinal after it is not the document's",
    "object_article": "a contracted or case-marked article ('al', 'del', 'den', 'dem') that no determiner cue lists (the new-subject check reads determiner; 'del' stands inside most titles): after a non-linking word before a title in a named official's predicate, like a determiner, it makes the title the act's object ('saludó al presidente', 'traf den Vorsitzenden', 'met a delegate', 'a reçu un délégué'); a noun of speech too in a language without articles (pl 'odpowiedział na pytanie delegata'), valued 'noun' when it may stand first after the name's apposition, the verb written before the subject (ar 'قدم السيد A، مدير ...، اقتراح رئيس اللجنة', presented the chairman's proposal); valued 'case', a role word in an oblique case opening the title (pl 'przyjął przewodniczącego'), unless the name's own first title opens in such a case (an apposition agrees with its name: 'z udziałem pana A, członka ..., a także sekretarza ...'); a verb valued 'verb' with a third column 'adjacent' only right before the title (vi 'đón Thứ trưởng': 'đón' folds as 'Đồn', a border post)",
    "congress_body": "the noun of a body named after the congress it prepares ('subcommittee on documents', 'Unterausschuss für Dokumente', 'tiểu ban văn kiện'): the congress noun right after it, a genitive between, is no meeting the sentence reports ('The Documents Subcommittee of the 15th Congress holds its first meeting')",
    "verb_particle": "the closing word of a split verb written right after a name, a comma and the name's apposition after it (de 'An dem Treffen nahm auch Genosse A teil, Mitglied des Politbüros': 'teil'; 'wohnte A bei', 'war A anwesend'): the apposition is the name's",
    "title_adverb": "an adverb that may stand between a name's titles with a determiner after it ('also the Chairman', 'currently the', 'également le', 'zugleich der'): no act that makes the title after it the act's object ('met the Chairman')",
    "title_link": "a word linking a name to its title ('as', 'منصب', 'who is also'); a third column 'object' marks a post's noun phrase that links only as a verb's object ('le poste de' after 'a pris', 'occupe'), not after a not_holder word; 'copula' a copula ('is', 'jest', 'هو', 'là'), whose complement a comma ends ('A's company is the largest in the province, the Chairman … said'); 'adjacent' a link the first title must follow with no word between ('devient', 'se convierte en', 'zostaje', 'يصبح': not 'A devient le premier à féliciter le président'); 'titled' a link that counts only right after the name or after a separator, its titles before it ('للمشاركة في': not 'دعا السيد A الشباب للمشاركة في عضوية ...', A called the youth to join)",
    "not_holder": "a word before an 'object' title_link ('le poste de') that makes it no post of the clause's subject: a clause opener ('que', 'si'), a preposition ('pour'), a verb acting on the post itself ('supprimer', 'révoquer'); the start of a clause does the same; after a title written after a name, it opens a title that is not the name's ('A, Director, said that the Chairman …', 'appointed … by the Prime Minister')",
    "according": "a preposition naming a statement's source ('according to', 'theo', 'selon', 'laut', 'według', 'وفقا'): a name right after it (an honorific between) is no clause's subject, so no title link after it links a title to it ('Theo ông A, đây là nhiệm vụ của Chủ tịch UBND'); a title written right after it with a separator is still its",
    "besides": "a preposition adding its object to what the clause says ('besides', 'outre', 'además de', 'oprócz', 'بالإضافة إلى', 'ngoài'): a name right after it (an honorific between) opens no apposition when its separator is followed by a title and the clause's verb with no separator closing them ('Outre M. A, le Premier ministre a également sanctionné M. B': the title is the clause's subject, not A's; 'Outre M. A, président du ..., M. B' keeps A's); the same after an apposition ('Besides Mr. A, Chairman of the PPC, the Prime Minister also disciplined ...': the chain ends before the subject's title)",
    "opening_sitting": "an opening sitting's noun ('opening session', 'séance d'ouverture', 'Eröffnungssitzung', 'الجلسة الافتتاحية'): a lead's undated sitting it names, then a sentence naming only a congress, is that congress (meetings._opening_sitting)",
    "opening_verb": "a verb opening a clause whose object is the name right after it (an honorific or a short word between), its titles ending before the main clause's subject as after a besides cue ('Congratulating Mr. A, Chairman of the PPC, the Prime Minister praised ...'): a verb of greeting ('chúc mừng', 'tiếp'); valued 'ending', a participle's ending the clause's first word ends with ('ing', 'ant', 'ando', 'ąc'); 'lead' a word before that participle ('en' félicitant); 'not' a word with that ending that is none ('cuando')",
    "determiner": "an article or a demonstrative ('the', 'this', 'đây', 'la', 'das', 'هذه'): between a name and a copula, outside a comma insert and with no title of the name's, it opens the copula's own subject ('A believes the key is the Chairman …', 'Ông A đánh giá đây là trách nhiệm của Chủ tịch …'); valued 'plural' ('these', 'those'), a plural demonstrative, which makes no singular noun of an en 'not participle' wording after it ('these meeting national standards')",
    "relative": "a relative pronoun right after the comma that follows a name ('who', 'người vừa', 'qui', 'quien', 'der', 'który', 'الذي'): after an according cue, the title link in the clause it opens is still the name's ('According to Mr A, who was elected Chairman of ..., ...'); valued 'cleft', a person's relative (es 'quien') that closes a cleft's focus after a dropped-subject copula ('Era el presidente ... quien firmó': nobody's post named before; 'que' after a title describes its holder)",
    "title_for": "'đối với' (for, from): the post a clause names before it ('miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông A') is that of the names listed after it; valued 'adjacent', an honorific alone (fr 'M.', pl 'pana', en 'Mr.', es 'al señor'): only right after a post noun's post, no comma between ('a relevé de leurs fonctions de vice-président du Comité populaire provincial M. A et M. B')",
    "every_level": "'at all levels' ('các cấp', 'على جميع المستويات', 'à tous les niveaux', 'aller Ebenen') after a congress: the congresses of every level, no one congress a document names ('nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2015-2020')",
    "post_noun": "'chức vụ', 'chức danh' (the post of): what opens the post a ``title_for`` clause names",
    "posts": "a plural noun of posts ('positions', 'chức vụ', 'المناصب', 'Ämter'): a colon that closes its clause, with no role between, opens a list of the name's posts as a title link does, whatever adjectives and 'such as' words stand between ('held many important positions, such as: t1; t2', 'شغلت A العديد من المناصب المهمة، مثل: ...', 'kinh qua nhiều chức vụ quan trọng như: ...')",
    "related_posts": "'and the related posts' closing the posts a ``title_for`` clause names ('và các chức vụ có liên quan', 'y de los cargos relacionados', 'والمناصب ذات الصلة'): words after it before the cue are the dismissal's purpose ('to retire at his own request'), no verb acting on the cue's name",
    "replaced": "'thay', 'to replace': the names after it held the post the clause gives (after a title link) before",
    "jointly": "'cùng', 'who both serve as': the titles after it are those of every name listed before it",
    "in_charge": "a participle of charge ('in charge of', 'chargé de', 'encargado de', 'zuständig für', 'odpowiedzialn* za', 'phụ trách', 'المسؤول عن'): between a department's name and a level word, the place is the charge's, not the department's ('Director of the Department of Transport in charge of Ha Tinh province projects'; titles._read_titles)",
    "trip": "a verb of a visit ('visited', 'odwiedziła', 'زار', 'đến thăm', 'visitó', 'a rendu visite à'): after a delegation (a ``group`` cue) and before a place or a body (``trip_to``), a dated sentence reports a visit held (meetings._delegation_trip)",
    "trip_to": "a noun of a place or a body a delegation's trip goes to ('province', 'city', 'committee', 'tỉnh', 'prowincję', 'مقاطعة'), within 40 characters after a ``trip`` verb",
    "day_part": "a time of day before a day ('on the morning of', 'sáng', 'rano', 'le matin du', 'en la mañana del', 'am Morgen des', 'صباح يوم'): the day is an event's, never a cited document's issue date (meetings._event_day_cut)",
    "day_word": "a word a day written as an ordinal follows ('on the fifth of May', 'في صباح الثاني من يوليو')",
    "days_worked": "'after two days of work' (value: the days): the day its sentence names closed a meeting that opened those days before; or the words of the number grammar that makes them (meetings._days_worked), valued 'after' ('after', 'sau', 'po'), 'days' ('days', 'ngày', 'dniach') and 'half' ('and a half', 'rưỡi'): 'after nearly 5 days', a digit or a cardinal word between",
    "work_day": "'the third working day' (value: its ordinal): the day its sentence names is that day of a meeting that opened the days before",
    "planned": "a meeting still to come ('will be held', 'ma się odbyć', 'se espera que'): its sentence reports none held",
    "planned_post": "a cadre planned for a post ('quy hoạch', 'planned for', 'prévu pour', 'planificado para', 'planowany na', 'التخطيط'): the titles after it in a name's title chain are posts the name may hold later, none held; valued 'relative', an infinitive that is a relative clause after a superlative cue ('the first woman to be elected Chairwoman'); valued 'done', the election held, when a conjunction stands between the cue and it ('zur Wahl zum Vorsitzenden vorgeschlagen und ... gewählt', 'and was elected'): the posts are then held; also a proposal to fill posts or a vacancy ('proposed electing', 'a proposé de pourvoir', 'zu besetzen', 'obsadzenie', 'postes vacants', 'المناصب الشاغرة'): the posts it lists are to fill, none the proposer's; valued 'vacancy' (the vacancy and filling words), held when a 'done' cue stands before it ('was elected to fill the vacant positions of')",
    "distributive": "a distributive quantifier ('each', 'every', 'cada', 'chaque', 'jeden', 'każdy', 'mỗi', 'لكل'): a number that leaves its noun out, the quantifier in the two words after it, is a share per unit, no count of its own ('300 teachers for schools, 15 for each district')",
    "all_of": "a quantifier of a whole ('all', 'tất cả', 'tous les', 'todos los', 'allen', 'wszystkich', 'جميع'): a sector noun right after it names every sector, the whole economy, so a growth wording before it stays the economy's ('Economic growth in all sectors reached 7.5%': GRDP growth, no sector's)",
    "places_of": "a preposition right before a count of places, a noun before it in the clause ('in', 'của', 'dans', 'في'): the count is the noun's complement ('Investment in 3 districts rose 20%', 'Vốn đầu tư của 3 huyện tăng 20%'), so a growth after it is the noun's, no places' growth; unless the noun is a growth's ('Growth in 6 localities exceeded 10%')",
    "spend": "a verb spending a sum ('spent', 'đã chi', 'a dépensé', 'gastó', 'ausgegeben', 'wydała', 'أنفقت'): before a sum in its clause, the wording after the sum names what it is spent on, no indicator of the sum ('spent 48,500 billion VND in FDI-funded projects': no FDI attracted)",
    "structure": "a built structure ('bridge', 'puente', 'Brücke', 'viaduct'; no verb of building: 'The strategy is built on 3 pillars'): a plan noun valued 'figurative' (a pillar) in a clause naming one is the structure's part, a count ('Se construyeron 120 pilares del nuevo puente'), no plan's content",
    "singular_verb": "a verb in the third person singular ('habló', 'a pris la parole', 'sprach', 'was'): right after the comma that closes a coordination's second title ('A, t1, y el t2, habló'), the coordination has one subject, whose titles both are",
    "zone": "an economic or industrial zone's noun ('economic zone', 'khu kinh tế', 'المنطقة الاقتصادية', 'zona económica', 'zone économique', 'strefa ekonomiczna', 'Wirtschaftszone'): a district named with it in a title ('the Management Board of Nghi Son Economic Zone') names the zone, not the place of the body that manages it, which is the province's",
    "roster": "a change of a body's members written right before a count of them: valued 'in' ('the addition of', 'bổ sung', 'إضافة', 'powołanie') or 'out' ('the dismissal of', 'miễn nhiệm', 'إعفاء', 'odwołanie'): two equal counts written alike in two sentences, one 'in' and the other 'out', are two facts ('approved the addition of 2 members ... approved the dismissal of 2 members'), not one told again",
    "elected_passive": "a passive of electing right after a name ('was elected', 'a été élu', 'fue elegido', 'wurde', 'został wybrany', 'được bầu'): after a district's congress noun in the clause, the name's bare party post is the district's (extract._elected_passive); not 'as', 'als', 'jako', 'en tant que', 'who is also'",
    "superlative": "an ordinal or a superlative before a noun ('first', 'youngest', 'only'): an infinitive after its noun is a relative clause, no purpose ('the first woman to be elected Chairwoman': who was elected)",
    "to_do": "a request, an aim or the future before an act ('yêu cầu', 'đề nghị', 'sẽ', 'dự kiến', 'phấn đấu', 'تسعى'): a ``meeting`` act valued 'act' after it is one still to do, no ceremony held; an achievement after it in a figure's clause ('phấn đấu hoàn thành 25 chỉ tiêu') leaves a plan's targets a plan's, no count",
    "closes": "a meeting closing ('bế mạc', 'phiên làm việc cuối', 'closed', 's'est clôturé', 'clausuró', 'zakończył się', 'endete', 'اختتم'): a congress whose sentence dates only its closing so, no days worked counted, began on a day the text does not give (its month only)",
    "concluding": "a notice's conclusions drawn at a meeting ('concluding the', 'conclusions of', 'kết luận', 'kończące', 'Schlussfolgerungen', 'conclusiones', 'استنتاجات'), inside a cited document's span, a meeting noun after it: the meeting is one held, no part of the document's title ('Notice No. 634/TB-VPCP, concluding the meeting of the Prime Minister with ...'), the notice's day no day of it",
    "relative_day": "a day named by its distance from the report's ('yesterday', 'hôm qua', 'hier'; value: days from it, -1; 'this morning', 'hôm nay': 0): a meeting a sentence dates only so is held on the dateline's or the byline's day plus the value; valued 'past', a past distance that names no day ('last week', 'tuần trước'): with it, no relative word dates the sentence's meeting; none right after an until cue ('đến hôm nay', 'bis heute')",
    "since": "a starting point's word ('since 2018', 'depuis le 1er septembre 2020'): the date after it is no event's",
    "to_now": "the present written right after a day or a year ('từ 8-2-2017 đến nay', 'od 8 lutego 2017 r. do chwili"
    " obecnej', 'from February 8, 2017 to date'): the day a post or a state began, no event's",
    "lunar_new_year": "a wording of the Lunar New Year, Tet ('Lunar New Year', 'Tết Nguyên đán', 'العام القمري الجديد'):"
    " a year written right after it in the text ('on the occasion of the Lunar New Year 2025', a short word or two"
    " between: 'Tết Nguyên đán Ất Tỵ 2025') dates a visit its own sentence leaves undated",
    "until": "a target date's word ('by' in 'by 2030'): not the meeting's date; a third column 'as_of' for a state's"
    " day ('as of', 'Đến ngày', 'بحلول': the whole date after it is no event's day, its year the text's), 'done' for"
    " one that is a state's day only with a completed act or a meeting after it ('By August 20, 2020, ... had"
    " completed their congresses'; not 'By December 31, 2025, the province must complete ...'), 'plan' for a plan's"
    " year after a plan's noun",
}

_HERE = Path(str(resources.files("kg.lang")))
PACK_PATH = "KG_PACK_PATH"  # the environment variable naming more folders of packs (module docstring)


def _search_path(value: str) -> tuple[Path, ...]:
    return (*(Path(p) for p in value.split(os.pathsep) if p), _HERE)


@cache
def _find(code: str, value: str) -> Path | None:
    return next((d / code for d in _search_path(value) if (d / code).is_dir()), None)


def pack_folder(code: str) -> Path | None:
    """The folder of the pack ``code``: the first found in ``KG_PACK_PATH``'s folders, then
    ``kg/lang``; None when there is none."""
    return _find(code, os.environ.get(PACK_PATH, ""))


_UNKNOWN = object()
_PARTICIPLE = (
    "not",
    "participle",
)  # (Lexicon: a wording that blocks the shorter ones unless a determiner precedes)
_RUN = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(\w+)['\u2019]?\s*$")  # the word right before a match (Lexicon._guarded)
_WIDE_SPACE = re.compile(r"\s\s|[^\S ]").search  # a run of whitespace other than one space


class Lexicon:
    """Wordings mapped to values, matched longest-first on folded text."""

    def __init__(
        self,
        entries: dict[str, tuple[str, ...]],
        prefixes: tuple[str, ...] = (),
        guard: Lexicon | None = None,
    ):
        self.entries = entries
        # a wording whose value is "object" ('le poste de') matches only after a word the guard
        # lexicon does not hold: the object of a verb ('a pris le poste de'), not a clause's subject
        # ('jusqu'à ce que le poste de président soit pourvu', a clause's start, 'pour le poste de')
        self._guard = (
            guard if guard is not None and any(v[:1] == ("object",) for v in entries.values()) else None
        )
        # a wording valued "not participle" (en "meeting the standards": the participle and its object) blocks the
        # shorter ones inside it only where no word of the guard lexicon (a determiner) stands right before it: "at
        # the meeting the standards were discussed" is the noun
        self._participles = (
            guard if guard is not None and any(v == _PARTICIPLE for v in entries.values()) else None
        )
        self._matcher: Matcher | None = None  # the same matches as ``pattern``, found faster
        self._found: dict[tuple[str, int, int | None], list] = {}  # the texts read last
        # a wording ending in "*" is a stem: "przewodniczył*" is every form that starts so
        self._stems = tuple(
            sorted((w[:-1] for w in entries if w.endswith("*") and len(w) > 2), key=len, reverse=True)
        )
        self._prefixes = prefixes
        self._compiled: re.Pattern[str] | None = None  # on first use
        self._compiled_anchored: re.Pattern[str] | None = None  # (match_at's) on first use
        self._keys = _UNKNOWN  # what the words of a text must hold (Matcher.keys), on first use
        # a wording valued "not" matches nothing: it blocks the shorter wordings it holds (vi "ban tổ chức", the
        # Organisation Commission, is no "tổ chức" holding a meeting)
        self._blocks = any(v[:1] == ("not",) for v in entries.values())

    def _source(self) -> tuple[str, str]:
        """The wordings as a regex: (the clitic group, the wordings)."""
        alternatives = "|".join(
            spaced(re.escape(w[:-1])) + r"\w*" if w.endswith("*") and len(w) > 2 else spaced(re.escape(w))
            for w in sorted(self.entries, key=len, reverse=True)
        )
        clitic = ""
        if self._prefixes:
            words = sorted(self._prefixes, key=len, reverse=True)
            clitic = "(?:" + "|".join(re.escape(p) for p in words) + ")??"
        return clitic, alternatives

    def _patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The wordings as a regex (and anchored), each compiled the first time it is used: a pack
        loaded only to detect a language compiles nothing."""
        return self._free(), self._anchored

    def _free(self) -> re.Pattern[str]:
        if self._compiled is None:
            clitic, alternatives = self._source()
            self._compiled = re.compile(rf"(?<!\w){clitic}(?P<w>{alternatives})(?:(?!\w)|(?<=['\u2019]))")
        return self._compiled

    @property
    def pattern(self) -> re.Pattern[str] | None:
        return self._free() if self.entries else None

    @property
    def _anchored(self) -> re.Pattern[str]:
        if self._compiled_anchored is None:
            clitic, alternatives = self._source()
            self._compiled_anchored = re.compile(rf"{clitic}(?P<w>{alternatives})(?:(?!\w)|(?<=['\u2019]))")
        return self._compiled_anchored

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __contains__(self, wording: str) -> bool:
        return wording in self.entries

    def get(self, wording: str) -> tuple[str, ...] | None:
        found = self.entries.get(wording)
        if found is None and _WIDE_SPACE(wording):
            wording = " ".join(wording.split())  # (matched across a run of whitespace: "party  committee")
            found = self.entries.get(wording)
        if found is None and self._stems:
            # the longest stem the wording starts with (stems of one length differ: one may)
            stems, lengths = self._stem_set
            n = len(wording)
            stem = next((wording[:k] for k in lengths if k <= n and wording[:k] in stems), None)
            found = self.entries.get(stem + "*") if stem is not None else None
        return found

    @functools.cached_property
    def _stem_set(self) -> tuple[frozenset[str], tuple[int, ...]]:
        """The stems, and their lengths, longest first."""
        return frozenset(self._stems), tuple(sorted({len(s) for s in self._stems}, reverse=True))

    def compile(self) -> None:
        """Make the matcher now (else on the first text its words may match: the word prefilter
        turns most texts away first, so a warm-up sentence compiled few): a build's forkserver
        (:mod:`kg.warm`) compiles every lexicon once for all its workers."""
        if self.entries and self._matcher is None:
            self._matcher = Matcher(self.entries, self._prefixes)

    def finditer(self, folded: str, start: int = 0, end: int | None = None):
        """Yield ``(match, values)`` for every wording in ``folded[start:end]``: the matches of
        :attr:`pattern` (``pattern.finditer(folded, start, end)``), found by a faster
        expression (:mod:`kg.lang.matcher`)."""
        if not self.entries:
            return iter(())
        keys = self._keys
        if keys is _UNKNOWN:  # (Matcher.keys, read before the matcher is compiled: most are seldom needed)
            keys = self._keys = _keys(alternatives(self.entries), self._prefixes)
        if keys is not None:  # (Matcher.may_match, inlined: the engine asks it 300 times an article)
            seen = (_WORDS.get(folded) if start == 0 and end is None else None) or _words_of(
                folded, start, end
            )
            if keys[0].isdisjoint(seen[0]) and (not keys[1] or keys[1].isdisjoint(_heads(seen))):
                return iter(())  # no word of the text opens a wording: most lexicons, most sentences
        key = (folded, start, end)
        found = self._found.get(key)
        if found is None and keys is not None and keys[2] and not _may_open(keys, seen):
            found = []  # a first word there, but no second word of a wording it opens ("w" without "dniu")
        if found is None:  # the engine reads a sentence with the same lexicon several times
            matcher = self._matcher
            if matcher is None:
                matcher = self._matcher = Matcher(self.entries, self._prefixes)
            # (searched from ``start``: the expression skips to a wording faster than first_possible
            # finds where one may start)
            found = []
            entries = self.entries
            for hit in matcher.search_all(folded, start, end):
                wording = folded[hit._word : hit._end]  # (hit.group("w"))
                values = entries.get(wording)
                found.append((hit, values if values is not None else self.get(wording)))
            if self._guard is not None:
                found = [(hit, v) for hit, v in found if not self._guarded(folded, hit, v)]
            if self._participles is not None:
                found = [self._noun(folded, hit, v) or (hit, v) for hit, v in found]
            if self._blocks:  # a wording valued "not" only keeps the shorter ones inside it from matching
                found = [(hit, v) for hit, v in found if v[:1] != ("not",)]
            if len(folded) <= 2000:  # sentences, not whole articles
                if len(self._found) >= 128:
                    self._found.clear()
                self._found[key] = found
        return iter(found)

    def match_at(self, folded: str, pos: int):
        """``(match, values)`` for a wording starting exactly at ``pos``, else None."""
        if not self.entries:
            return None
        keys = self._keys
        if keys is _UNKNOWN:
            keys = self._keys = _keys(alternatives(self.entries), self._prefixes)
        if keys is not None:  # the word at ``pos`` must be one a wording opens (Matcher.keys)
            word = _RUN.match(folded, pos)
            if word is None or (word.group() not in keys[0] and word.group()[:2] not in keys[1]):
                return None
        matcher = self._matcher
        if matcher is None:  # (the expression finditer searches: one compiled, not two)
            matcher = self._matcher = Matcher(self.entries, self._prefixes)
        hit = matcher.match_at(folded, pos)
        if hit is None:
            return None
        values = self.get(hit.group("w"))
        if self._guard is not None and self._guarded(folded, hit, values):
            return None
        if self._participles is not None and values == _PARTICIPLE:
            return self._noun(folded, hit, values)
        if self._blocks and values[:1] == ("not",):
            return None
        return hit, values

    def _noun(self, folded: str, hit, values):
        """The shorter wording a "not participle" match holds, ``(match, values)``, where a word of the guard
        lexicon stands right before it ("the meeting the standards": the noun "meeting"); else None."""
        if values != _PARTICIPLE:
            return None
        before = _LAST_WORD.search(folded, max(0, hit.start() - 40), hit.start())
        # (a plural demonstrative determines no singular noun: "these meeting national standards" is the participle)
        if before is None or self._participles.get(before.group(1)) in (None, ("plural",)):
            return None
        return self._nouns.match_at(folded, hit.start())

    @functools.cached_property
    def _nouns(self) -> Lexicon:
        """The wordings but the "not participle" ones."""
        return Lexicon({w: v for w, v in self.entries.items() if v != _PARTICIPLE}, self._prefixes)

    def _guarded(self, folded: str, hit, values) -> bool:
        """Whether an "object" wording's match stands where it is no verb's object: at the start of
        a clause (nothing but punctuation before it) or after a word of the guard lexicon."""
        if not values or values[0] != "object":
            return False
        before = _LAST_WORD.search(folded, max(0, hit.start() - 40), hit.start())
        return before is None or self._guard.get(before.group(1)) is not None


@dataclass
class Pack:
    """Everything one language contributes to extraction."""

    code: str
    detect: frozenset[str] = frozenset()
    detect_marked: frozenset[str] = frozenset()  # (folded) the detect words written with a mark: "là", "để"
    roles: Lexicon = field(default_factory=lambda: Lexicon({}))
    bodies: Lexicon = field(default_factory=lambda: Lexicon({}))
    levels: Lexicon = field(default_factory=lambda: Lexicon({}))
    cues: dict[str, Lexicon] = field(default_factory=dict)
    months: Lexicon = field(default_factory=lambda: Lexicon({}))
    ordinals: Lexicon = field(default_factory=lambda: Lexicon({}))
    units: Lexicon = field(default_factory=lambda: Lexicon({}))
    scales: Lexicon = field(default_factory=lambda: Lexicon({}))
    indicators: Lexicon = field(default_factory=lambda: Lexicon({}))
    documents: Lexicon = field(default_factory=lambda: Lexicon({}))
    decimal: str = "."
    prefixes: tuple[str, ...] = ()
    article: str = ""  # format.tsv: a definite article (Arabic ال), folded
    letters: frozenset[str] = frozenset()
    letters_required: bool = True  # format.tsv "letters	… 	optional": the letters only add to the score
    abbreviations: frozenset[str] = frozenset()  # abbreviations.txt: "Mr", "nr" (no full stop)
    folder: Path | None = None
    _alternations: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    loaded: bool = field(default=False, init=False, repr=False, compare=False)  # by load_pack

    def cue(self, kind: str) -> Lexicon:
        """The wordings of a cue kind (one of :data:`CUE_KINDS`; another raises KeyError)."""
        found = self.cues.get(kind)
        if found is None:
            if kind not in CUE_KINDS:
                raise KeyError(f"unknown cue kind {kind!r}: add it to kg.lang.CUE_KINDS")
            return _NO_CUES
        return found

    def alternation(self, kind: str) -> str:
        """The wordings of a cue kind as a regex group (one that never matches when empty)."""
        found = self._alternations.get(kind)
        if found is None:
            words = sorted(self.cue(kind).entries, key=len, reverse=True)
            found = "(?:" + "|".join(spaced(re.escape(w)) for w in words) + ")" if words else "(?!)"
            self._alternations[kind] = found
        return found

    def lexicons(self) -> list[Lexicon]:
        """Every lexicon of the pack: roles, bodies, levels, the cue kinds, months…"""
        named = [self.roles, self.bodies, self.levels, self.months, self.ordinals, self.units]
        return [*named, self.scales, self.indicators, self.documents, *self.cues.values()]


_NO_CUES = Lexicon({})


def _cue_rows(path: Path) -> list[list[str]]:
    r"""The rows of a ``cues.tsv``; a kind that :data:`CUE_KINDS` does not list raises ValueError.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "cues.tsv"
    >>> _ = p.write_text("chair\tpresided over\nchiar\tchaired\n")
    >>> _cue_rows(p)
    Traceback (most recent call last):
    ...
    ValueError: ...cues.tsv: line 2: unknown cue kind 'chiar' (did you mean 'chair'?)
    """
    out = []
    for number, row in tables.numbered_rows(path):
        if row[0] not in CUE_KINDS:
            close = difflib.get_close_matches(row[0], CUE_KINDS, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "kinds are listed in kg.lang.CUE_KINDS"
            raise ValueError(f"{path}: line {number}: unknown cue kind {row[0]!r} ({hint})")
        if len(row) < 2 or not row[1]:
            raise ValueError(f"{path}: line {number}: kind<TAB>wording expected")
        out.append(row)
    return out


def _rows(path: Path) -> list[list[str]]:
    return tables.rows(path)  # the one reader of data files (kg/tables.py)


def _lexicon(path: Path, prefixes: tuple[str, ...] = (), article: str = "") -> Lexicon:
    entries: dict[str, tuple[str, ...]] = {}
    for row in _rows(path):
        entries.setdefault(fold(row[0]), tuple(row[1:]))
    if article:
        # Arabic ل + ال contracts to لل: "للجنة" is ل + "اللجنة"; also accept the wording without
        # its article after a clitic
        for wording, values in list(entries.items()):
            if wording.startswith(article) and len(wording) > len(article) + 1:
                entries.setdefault(wording[len(article) - 1 :], values)
    return Lexicon(entries, prefixes)


def available_languages() -> list[str]:
    """Codes of the packs in ``kg/lang`` and in the folders of ``KG_PACK_PATH``."""
    return list(_languages(os.environ.get(PACK_PATH, "")))


@cache
def _languages(value: str) -> tuple[str, ...]:
    found = {p.name for d in _search_path(value) if d.is_dir() for p in d.iterdir() if p.is_dir()}
    return tuple(sorted(name for name in found if not name.startswith(("_", "."))))


def load_pack(code: str) -> Pack:
    """Load the pack for ``code`` (from :func:`pack_folder`); an unknown code gives an empty pack.

    >>> load_pack("en").roles.get("deputy secretary")
    ('deputy_secretary',)
    """
    key = (code, os.environ.get(PACK_PATH, ""))
    pack = _LOADED.get(key)  # the engine asks for packs at every turn: no path look-up then
    if pack is None:
        pack = _LOADED[key] = _load_pack(code, pack_folder(code))
        pack.loaded = True
    return pack


_LOADED: dict[tuple[str, str], Pack] = {}


@cache
def _load_pack(code: str, folder: Path | None) -> Pack:
    if folder is None:
        return Pack(code=code)
    settings = _rows(folder / "format.tsv")
    pre = tuple(fold(r[1]) for r in settings if r[0] == "prefix")
    decimal = next((r[1] for r in settings if r[0] == "decimal"), ".")
    art = next((fold(r[1]) for r in settings if r[0] == "article"), "")
    cue_rows: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in _cue_rows(folder / "cues.tsv"):
        cue_rows.setdefault(row[0], {}).setdefault(fold(row[1]), tuple(row[2:]))
    detect_rows = [r[0] for r in _rows(folder / "detect.txt")]
    detect = frozenset(fold(w) for w in detect_rows)
    pack = Pack(
        code=code,
        detect=detect,
        detect_marked=frozenset(fold(w) for w in detect_rows if not w.isascii()),
        roles=_lexicon(folder / "roles.tsv", pre, art),
        bodies=_lexicon(folder / "bodies.tsv", pre, art),
        levels=_lexicon(folder / "levels.tsv", pre, art),
        cues={kind: Lexicon(words, pre) for kind, words in cue_rows.items()},
        months=_lexicon(folder / "months.tsv", pre, art),
        ordinals=_lexicon(folder / "ordinals.tsv", pre, art),
        units=_lexicon(folder / "units.tsv", pre, art),
        scales=_lexicon(folder / "scales.tsv", pre, art),
        indicators=_lexicon(folder / "indicators.tsv", pre, art),
        documents=_lexicon(folder / "documents.tsv", pre, art),
        decimal=decimal,
        prefixes=pre,
        article=art,
        letters=frozenset("".join(r[1] for r in settings if r[0] == "letters")),
        letters_required=not any(r[0] == "letters" and r[2:3] == ["optional"] for r in settings),
        abbreviations=frozenset(tables.words(folder / "abbreviations.txt")),
        folder=folder,
    )
    if pack.cue("not_holder") and "title_link" in cue_rows:  # its "object" wordings guarded (Lexicon)
        pack.cues["title_link"] = Lexicon(cue_rows["title_link"], pre, guard=pack.cue("not_holder"))
    for kind, words in cue_rows.items():  # its "not participle" wordings void after a determiner (Lexicon)
        if kind != "title_link" and _PARTICIPLE in words.values():
            pack.cues[kind] = Lexicon(words, pre, guard=pack.cue("determiner"))
    return pack
