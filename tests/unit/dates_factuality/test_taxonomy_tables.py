"""The CAMEO and PLOVER tables: the codes Vigie relies on, quad classes, Goldstein and validation."""

from __future__ import annotations

from typing import Any

import pytest

from vigie_extractor.core.taxonomy import (
    PLOVER_TYPES,
    TaxonomyDataError,
    cameo_entry,
    load_taxonomy,
    parse_cameo,
    parse_plover,
    validate,
)

SUB_CODES = (
    ("040", "041", "042", "043", "044", "045", "046"),  # consult
    ("0256", "027", "057", "072", "0871", "0874"),  # appeal, agree, aid, yield
    ("138", "1381", "1382", "1383", "1384", "1385", "141", "152", "154", "163"),  # threaten .. sanction
    ("180", "181", "183", "186"),  # assault
    ("190", "191", "192", "193", "194", "195", "1951", "1952", "196"),  # fight
)
REQUIRED_CODES = [f"{n:02d}" for n in range(1, 21)] + [code for group in SUB_CODES for code in group]


@pytest.mark.parametrize("code", REQUIRED_CODES)
def test_required_codes_are_listed_with_a_name(code: str) -> None:
    entry = cameo_entry(code)
    assert entry.code == code
    assert entry.name


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)],
)
def test_quad_class_follows_the_root(root: str, quad: int) -> None:
    for code, entry in load_taxonomy().cameo.items():
        if code.startswith(root):
            assert entry.quad_class == quad, code


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [
        ("041", 1.0),
        ("042", 1.9),
        ("043", 2.8),
        ("0871", 9.0),
        ("0874", 10.0),
        ("072", 8.3),
        ("138", -7.0),
        ("141", -6.5),
        ("154", -7.2),
        ("190", -10.0),
        ("192", -9.5),
        ("196", -9.5),
    ],
)
def test_published_goldstein_weights(code: str, goldstein: float) -> None:
    assert cameo_entry(code).goldstein == goldstein
    assert not cameo_entry(code).goldstein_inherited


def test_sub_code_without_published_weight_inherits_and_is_marked() -> None:
    drone = cameo_entry("1952")
    assert drone.goldstein == cameo_entry("195").goldstein
    assert drone.goldstein_inherited


def test_unknown_code_raises_key_error() -> None:
    with pytest.raises(KeyError, match="999"):
        cameo_entry("999")


def test_plover_types_include_vigie_modes() -> None:
    expected = {
        "CONSULT": {"phone", "visit", "meet", "mediate"},
        "FIGHT": {"ground", "small-arms", "artillery", "aerial", "missile", "occupy", "ceasefire-violation"},
        "AGREE": {"ceasefire"},
        "MOBILIZE": {"military"},
        "THREATEN": {"force", "wmd"},
        "SANCTION": {"economic"},
        "AID": {"military"},
        "PROTEST": {"demonstrate"},
        "REQUEST": {"de-escalate", "negotiate"},
        "ASSAULT": {"explosives", "firearms", "kill"},
    }
    for ptype, modes in expected.items():
        assert modes <= PLOVER_TYPES[ptype], ptype
    assert {"SUPPORT", "COOPERATE", "REJECT", "ACCUSE", "COERCE", "RETREAT", "CONCEDE"} <= set(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("plover", "mode", "cameo"),
    [
        ("CONSULT", "phone", "041"),
        ("CONSULT", "visit", "043"),
        ("CONSULT", "meet", "044"),
        ("FIGHT", "aerial", "1952"),
        ("FIGHT", "occupy", "192"),
        ("FIGHT", "ceasefire-violation", "196"),
        ("AGREE", "ceasefire", "0871"),
        ("MOBILIZE", "military", "152"),
        ("THREATEN", "wmd", "1385"),
        ("SANCTION", "economic", "163"),
        ("AID", "military", "072"),
        ("PROTEST", "demonstrate", "141"),
        ("REQUEST", "de-escalate", "0256"),
        ("REQUEST", "negotiate", "027"),
        ("ASSAULT", "explosives", "183"),
        ("ASSAULT", None, "180"),
        ("ASSAULT", "kill", "186"),
    ],
)
def test_valid_combinations(plover: str, mode: str | None, cameo: str) -> None:
    validate(plover, mode, cameo)


@pytest.mark.parametrize(
    ("plover", "mode", "cameo", "message"),
    [
        ("CONSPIRE", None, "040", "unknown PLOVER event type 'CONSPIRE'"),
        ("CONSULT", "aerial", "041", "mode 'aerial' is not a mode of PLOVER CONSULT"),
        ("CONSULT", "phone", "0419", "unknown CAMEO event code '0419'"),
        ("CONSULT", "phone", "190", "CAMEO 190 \\(root 19\\) does not fit PLOVER CONSULT"),
        ("FIGHT", "aerial", "183", "does not fit PLOVER FIGHT, which takes CAMEO roots 19"),
        ("AGREE", "ceasefire", "196", "does not fit PLOVER AGREE"),
    ],
)
def test_invalid_combinations_raise_a_clear_value_error(
    plover: str, mode: str | None, cameo: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        validate(plover, mode, cameo)


def _roots(**extra: Any) -> dict[str, Any]:
    codes: dict[str, Any] = {
        f"{n:02d}": {"name": f"root {n}", "quad_class": 1, "goldstein": 0.0} for n in range(1, 21)
    }
    codes.update(extra)
    return {"codes": codes}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "expected one non-empty mapping 'codes'"),
        ({"codes": {}}, "expected one non-empty mapping 'codes'"),
        ({"codes": {"01": {"name": "x", "quad_class": 1, "goldstein": 0}}}, "root codes missing: 02"),
        ({"codes": {40: {"name": "x", "goldstein": 1}}}, "must be a quoted string"),
        (_roots(**{"041": {"name": "phone", "goldstein": 11}}), "041: 'goldstein' must be a number"),
        (_roots(**{"041": {"name": "phone", "goldstein": "high"}}), "041: 'goldstein' must be a number"),
        (_roots(**{"041": {"name": "", "goldstein": 1}}), "041: 'name' must be a non-empty string"),
        (_roots(**{"041": {"name": "phone", "goldstein": 1, "quad_class": 1}}), "041: unknown keys"),
        (_roots(**{"0411": {"name": "phone", "goldstein": 1}}), "0411: parent code 041 is not listed"),
        (_roots(**{"21": {"name": "x", "quad_class": 4, "goldstein": 0}}), "21: not a CAMEO root code"),
        (_roots(**{"04": {"name": "consult", "quad_class": 5, "goldstein": 1}}), "04: root code needs"),
        (_roots(**{"04": {"name": "consult", "quad_class": 1, "goldstein": "parent"}}), "needs its own"),
    ],
)
def test_malformed_cameo_data_is_rejected(raw: Any, message: str) -> None:
    with pytest.raises(TaxonomyDataError, match=message):
        parse_cameo(raw, "cameo.yaml")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"types": {}}, "expected one non-empty mapping 'types'"),
        ({"types": {"consult": {"modes": [], "cameo_roots": ["04"]}}}, "upper-case word"),
        ({"types": {"CONSULT": {"modes": ["phone"]}}}, "exactly the keys"),
        ({"types": {"CONSULT": {"modes": ["Phone"], "cameo_roots": ["04"]}}}, "lower-case words"),
        ({"types": {"CONSULT": {"modes": ["phone", "phone"], "cameo_roots": ["04"]}}}, "duplicate mode"),
        ({"types": {"CONSULT": {"modes": ["phone"], "cameo_roots": [4]}}}, "not a CAMEO root code"),
        ({"types": {"CONSULT": {"modes": ["phone"], "cameo_roots": []}}}, "non-empty list"),
    ],
)
def test_malformed_plover_data_is_rejected(raw: Any, message: str) -> None:
    with pytest.raises(TaxonomyDataError, match=message):
        parse_plover(raw, load_taxonomy().cameo, "plover.yaml")


def test_taxonomy_error_is_a_value_error() -> None:
    assert issubclass(TaxonomyDataError, ValueError)
