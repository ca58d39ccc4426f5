"""From report text to proposed events (issue 5), built in layers that each stand
alone: :mod:`geo.extract.dates` (date phrases resolved against the publication
date) and :mod:`geo.extract.numbers` (casualty figures and number words). Every
finding keeps the character offsets of its evidence; nothing is invented."""

__all__: list[str] = []
