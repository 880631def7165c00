"""Who may change the store from the app: the rules, apart from Streamlit (the app itself: tests/app)."""
import pytest

from timeline.present.access import decide, editors, is_local, mode, password_matches

HERE = {"Host": "localhost:8501"}


@pytest.mark.parametrize("address, headers, local", [
    ("127.0.0.1", {}, True),  # no request (a test run): the address decides
    ("127.0.0.1", HERE, True), ("localhost", {"host": "127.0.0.1:8501"}, True), ("::1", {"Host": "[::1]:8501"}, True),
    (None, HERE, False), ("", HERE, False), ("0.0.0.0", HERE, False), ("192.168.1.20", HERE, False), ("::", HERE, False),
    ("127.0.0.1", {"Host": "timeline.example.org"}, False),  # a proxy passed the browser's host name on
    ("127.0.0.1", {**HERE, "X-Forwarded-For": "203.0.113.9"}, False), ("127.0.0.1", {**HERE, "Forwarded": "for=x"}, False),
    ("127.0.0.1", {**HERE, "X-Real-IP": "203.0.113.9"}, False),
    ("127.0.0.1", {"Host": "evil.example:8501"}, False),  # DNS rebinding: a page elsewhere resolving to this machine
])
def test_only_this_machine_talking_to_a_loopback_address_is_local(address, headers, local):
    assert is_local(address, headers) is local


def test_passwords_compare_whole_and_never_match_an_empty_one():
    assert password_matches("s3cret pass", "s3cret pass")
    assert not password_matches("s3cret pas", "s3cret pass") and not password_matches("s3cret pass ", "s3cret pass")
    assert not password_matches("", "") and not password_matches("anything", "")


def rules(**given):
    base = {"local": False, "presentation": False, "editing": "auto", "user": None, "login": ""}
    return decide(**{**base, **given})


def test_editing_is_open_only_on_this_machine_and_needs_a_login_elsewhere():
    assert rules(local=True).can_edit
    remote = rules()
    assert not remote.can_edit and "no login is set up" in remote.why and "TIMELINE_PASSWORD" in remote.why
    offered = rules(login="password")
    assert not offered.can_edit and offered.login == "password"
    assert rules(login="password", user="editor").can_edit
    assert not rules(login="oidc", user="x@example.org", allowed=False).can_edit


def test_login_mode_asks_for_a_login_even_here_and_off_is_read_only_for_everyone():
    assert not rules(local=True, editing="login", login="password").can_edit
    assert rules(local=True, editing="login", login="password", user="editor").can_edit
    assert not rules(local=True, editing="off").can_edit and not rules(editing="off", user="editor").can_edit


def test_presentation_mode_never_edits():
    assert not rules(local=True, presentation=True).can_edit
    assert not rules(presentation=True, user="editor", login="password").can_edit


def test_settings():
    assert mode({}) == "auto" and mode({"TIMELINE_EDITING": " Login "}) == "login"
    with pytest.raises(ValueError, match="TIMELINE_EDITING"):
        mode({"TIMELINE_EDITING": "open"})
    assert editors({"TIMELINE_EDITORS": " A@x.org, b@y.org ,"}) == {"a@x.org", "b@y.org"} and editors({}) == set()
