"""A script that fails: how the project's config shows Streamlit's error box
(tests/browser/test_hosts.py starts it with the project's ``.streamlit/config.toml``)."""

raise RuntimeError("raised on purpose by tests/browser/raises.py")
