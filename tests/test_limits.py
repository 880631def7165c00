"""The limits: defaults, the environment, and a bad setting stops the run with its name."""
import pytest

from timeline import limits
from timeline.errors import TimelineError


def test_defaults_and_the_environment():
    assert limits.from_env({}) == limits.Limits()
    assert limits.Limits().article_chars == 500_000 and limits.Limits().file_bytes == 64 << 20
    got = limits.from_env({"TIMELINE_MAX_ARTICLE_CHARS": "2,000", "TIMELINE_PARSE_SECONDS": "2.5",
                           "TIMELINE_MAX_FILE_MB": "0", "TIMELINE_MAX_UPLOAD_MB": " 1 "})
    assert (got.article_chars, got.parse_seconds, got.file_bytes, got.upload_bytes) == (2000, 2.5, None, 1 << 20)


@pytest.mark.parametrize("value", ["lots", "-1", "nan", "inf"])
def test_a_bad_setting_names_its_variable(value):
    with pytest.raises(TimelineError) as failed:
        limits.from_env({"TIMELINE_PARSE_SECONDS": value})
    assert failed.value.code == "E511" and "TIMELINE_PARSE_SECONDS" in str(failed.value)


def test_every_limit_is_documented():
    from support import ROOT

    doc = (ROOT / "docs" / "hostile-input.md").read_text(encoding="utf-8")
    assert all(variable in doc for variable in limits.ENV.values())
