"""Every failure has a code, once, and its message formats."""
from timeline import errors


def test_codes_are_unique_and_grouped():
    codes = [e.code for e in errors.ALL]
    assert len(codes) == len(set(codes)) > 10
    assert all(c[0] == "E" and c[1] in "123456" and len(c) == 4 for c in codes)


def test_a_timeline_error_carries_its_code_and_message():
    error = errors.TimelineError(errors.BAD_JSON, line=3, detail="Expecting value")
    assert error.code == "E202" and str(error) == "line 3 is not valid JSON: Expecting value"
