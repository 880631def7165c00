"""Who may change the store from the app. Everyone who can reach the app may read it; uploading and correcting
need a login as soon as anyone but this machine's user can reach it, and presentation mode never shows them.

    TIMELINE_EDITING   auto (default): editing is open when the app listens on this machine only (127.0.0.1,
                       as .streamlit/config.toml sets it) and the request comes straight from it; otherwise it
                       needs a login. login: it always needs a login. off: nobody edits (read-only).
    TIMELINE_PASSWORD  the password that unlocks editing (compared in constant time), where no OpenID
                       Connect provider is configured
    TIMELINE_EDITORS   with OpenID Connect (st.login, an [auth] section in .streamlit/secrets.toml): the
                       e-mail addresses that may edit, separated by commas (unset: anyone who logs in)

How to run the app for a team: docs/team-server.md.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass

MODE_ENV, PASSWORD_ENV, EDITORS_ENV = "TIMELINE_EDITING", "TIMELINE_PASSWORD", "TIMELINE_EDITORS"
MODES = ("auto", "login", "off")
LOOPBACK = frozenset(("127.0.0.1", "::1", "localhost"))
PROXY_HEADERS = ("x-forwarded-for", "x-forwarded-host", "forwarded", "x-real-ip")  # a proxy passed the request on
FAILED_LOGIN_PAUSE = 1.0  # seconds after a wrong password: guessing one takes that long per try
SESSION_KEY = "timeline_editor"  # st.session_state: who logged in with the password in this browser session


@dataclass(frozen=True)
class Access:
    """What this session may do, why, and who it is (for the corrections it signs)."""

    can_edit: bool  # upload articles, correct and delete events
    why: str  # one line for the sidebar
    login: str = ""  # how to log in where one may: "password", "oidc" or ""
    user: str | None = None


def mode(environ: Mapping[str, str] | None = None) -> str:
    value = (os.environ if environ is None else environ).get(MODE_ENV, "auto").strip().lower() or "auto"
    if value not in MODES:
        raise ValueError(f"{MODE_ENV}={value!r}: use one of {', '.join(MODES)}")
    return value


def is_local(address: str | None, headers: Mapping[str, str]) -> bool:
    """Whether only this machine can be talking to the app: it listens on a loopback address (no address means
    every interface), the browser asked for a loopback host name, and no proxy passed the request on."""
    if (address or "").strip("[]") not in LOOPBACK:
        return False
    lowered = {k.lower(): v for k, v in headers.items()}
    if any(h in lowered for h in PROXY_HEADERS):
        return False
    host = lowered.get("host")
    if host is None:  # no request at all (the app run in a test): what it listens on decides
        return True
    name = host.rsplit(":", 1)[0] if not host.startswith("[") else host[1:host.find("]")]
    return name in LOOPBACK


def password_matches(given: str, expected: str) -> bool:
    """In constant time, whatever the lengths: digests of equal length are compared."""
    digest = lambda text: hashlib.sha256(text.encode("utf-8")).digest()  # noqa: E731
    return bool(expected) and hmac.compare_digest(digest(given), digest(expected))


def decide(*, local: bool, presentation: bool, editing: str, user: str | None, login: str,
           allowed: bool = True) -> Access:
    """The rules, apart from Streamlit: `user` is who logged in (None: nobody), `login` how one can ("" none),
    `allowed` whether that user is among the editors."""
    if presentation:
        return Access(False, "Presentation mode: no uploads or corrections.")
    if editing == "off":
        return Access(False, f"Read-only ({MODE_ENV}=off).")
    if user is not None:
        if not allowed:
            return Access(False, f"Logged in as {user}, who is not among the editors ({EDITORS_ENV}).", login, user)
        return Access(True, f"Logged in as {user}.", login, user)
    if editing == "auto" and local:
        return Access(True, "Editing is open: only this machine can reach the app.")
    if not login:
        return Access(False, f"Read-only: the app can be reached from other machines and no login is set up "
                             f"(set {PASSWORD_ENV}, or an OpenID Connect provider; docs/team-server.md).")
    return Access(False, "Read-only: log in to upload articles or correct events.", login)


def editors(environ: Mapping[str, str] | None = None) -> frozenset[str]:
    value = (os.environ if environ is None else environ).get(EDITORS_ENV, "")
    return frozenset(e.strip().lower() for e in value.split(",") if e.strip())


def access_controls(presentation: bool) -> Access:
    """The sidebar's login (or logout) and what this session may do. Streamlit is imported here, not above:
    the rules stay testable without it."""
    import streamlit as st

    login = "oidc" if _oidc_configured(st) else "password" if os.environ.get(PASSWORD_ENV) else ""
    user = _oidc_user(st) if login == "oidc" else st.session_state.get(SESSION_KEY)
    allowed = login != "oidc" or user is None or not editors() or user in editors()
    local = is_local(st.get_option("server.address"), dict(st.context.headers or {}))
    access = decide(local=local, presentation=presentation, editing=mode(), user=user, login=login, allowed=allowed)
    if presentation:
        return access
    with st.sidebar:
        if access.user is not None:
            st.caption(access.why)
            if st.button("Log out", key="timeline_logout"):
                if login == "oidc":
                    st.logout()
                st.session_state.pop(SESSION_KEY, None)
                st.rerun()
        elif access.login == "oidc":
            st.caption(access.why)
            st.button("Log in", key="timeline_login", on_click=st.login)
        elif access.login == "password":
            st.caption(access.why)
            with st.form("timeline_login_form", clear_on_submit=True):
                given = st.text_input("Password", type="password", key="timeline_password")
                if st.form_submit_button("Log in"):
                    if password_matches(given, os.environ.get(PASSWORD_ENV, "")):
                        st.session_state[SESSION_KEY] = "editor"
                        st.rerun()
                    time.sleep(FAILED_LOGIN_PAUSE)
                    st.error("Wrong password.")
        elif not access.can_edit:
            st.caption(access.why)
    return access


def _oidc_configured(st) -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def _oidc_user(st) -> str | None:
    """Who logged in through the provider: their e-mail address (lower case), or None."""
    if not getattr(st.user, "is_logged_in", False):
        return None
    return str(getattr(st.user, "email", "") or "").lower() or "(no e-mail)"
