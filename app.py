"""Kachin Conflict Map: the Streamlit entry point (page config and navigation)."""

import streamlit as st

st.set_page_config(page_title="Kachin Conflict Map", layout="wide")
page = st.navigation([st.Page("pages/overview.py", title="Overview", default=True)])
page.run()
