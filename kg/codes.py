"""The code lists of the gold schema (``GOLD.md``) and the kinds of meetings, published as SKOS
concept schemes."""

from __future__ import annotations

__all__ = ["SCHEMES", "label"]

SCHEMES: dict[str, list[str]] = {
    "role": """general_secretary secretary standing_deputy_secretary deputy_secretary standing_member
        member chair standing_vice_chair vice_chair head deputy_head minister deputy_minister
        director deputy_director prime_minister deputy_prime_minister state_president other""".split(),
    "org": """communist_party politburo secretariat central_committee party_committee
        party_standing_committee peoples_committee peoples_council fatherland_front
        national_assembly national_assembly_delegation government ministry department
        party_commission steering_committee party_office other""".split(),
    "level": "central provincial district commune".split(),
    "unit": """billion_vnd million_vnd vnd million_usd usd percent persons count hectares tons rank
        criteria other""".split(),
    "indicator": """grdp grdp_growth industrial_production_value budget_revenue retail_sales
        tourist_arrivals tourism_revenue poverty_rate jobs_created public_investment_disbursement
        export_value fdi citizens_received complaints_received complaints_resolved targets_met
        new_rural_criteria pci_rank papi_rank delegates other""".split(),
    "document": "resolution decree directive conclusion plan decision program regulation law".split(),
    # the kind of a meeting (not in GOLD.md): a party or front congress that opens a term; a conference
    # (a party committee's plenum, a conference to review or deploy); a session of a council or the
    # National Assembly; a meeting (a sitting, a regular government meeting); a working session with a
    # delegation or a locality; a visit; a ceremony; a press conference; a seminar, workshop or forum
    "meeting": """congress conference session meeting working_session visit ceremony press_conference
        seminar""".split(),
}

_LABELS = {
    "peoples_committee": "People's Committee",
    "peoples_council": "People's Council",
    "billion_vnd": "billion VND",
    "million_vnd": "million VND",
    "vnd": "VND",
    "working_session": "Working session",
    "press_conference": "Press conference",
    "million_usd": "million USD",
    "usd": "USD",
    "grdp": "GRDP",
    "grdp_growth": "GRDP growth",
    "fdi": "FDI",
    "pci_rank": "PCI rank",
    "papi_rank": "PAPI rank",
}

_VI_LABELS = {
    "secretary": "Bí thư",
    "deputy_secretary": "Phó Bí thư",
    "standing_deputy_secretary": "Phó Bí thư Thường trực",
    "chair": "Chủ tịch",
    "vice_chair": "Phó Chủ tịch",
    "party_committee": "Đảng bộ / Cấp ủy",
    "party_standing_committee": "Ban Thường vụ",
    "peoples_committee": "Ủy ban nhân dân",
    "peoples_council": "Hội đồng nhân dân",
    "fatherland_front": "Mặt trận Tổ quốc",
    "politburo": "Bộ Chính trị",
    "secretariat": "Ban Bí thư",
    "central_committee": "Ban Chấp hành Trung ương",
    "resolution": "Nghị quyết",
    "decree": "Nghị định",
    "directive": "Chỉ thị",
    "conclusion": "Kết luận",
    "plan": "Kế hoạch",
    "decision": "Quyết định",
    "congress": "Đại hội",
    "conference": "Hội nghị",
    "session": "Kỳ họp",
    "meeting": "Cuộc họp",
    "working_session": "Buổi làm việc",
    "visit": "Chuyến thăm",
    "ceremony": "Lễ",
    "press_conference": "Họp báo",
    "seminar": "Hội thảo",
}


def label(code: str, lang: str = "en") -> str | None:
    """Human label of a code: ``label('peoples_council')`` -> "People's Council"."""
    if lang == "vi":
        return _VI_LABELS.get(code)
    return _LABELS.get(code) or code.replace("_", " ").capitalize()
