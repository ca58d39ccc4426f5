"""Kachin Conflict Map domain package: schema, gazetteer, geodesy, filters, rings,
summaries and export. Pure Python with no Streamlit: the dashboard and the command
line (``python -m geo``) are thin layers over it."""

__all__: list[str] = []
