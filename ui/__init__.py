"""The Streamlit side: cached loaders and widgets over the pure ``geo`` package."""
