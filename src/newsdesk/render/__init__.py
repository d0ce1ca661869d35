"""Views of a `Corpus`: the story JSON (the contract), the HTML and Markdown reports, CSV tables.

Renderers only read the model; they compute nothing a reader of the JSON could not. What the
two reports share (outlets per statement, quoted words, anchors) is in `views`.
"""

from newsdesk.render.html import render_html
from newsdesk.render.json import render_json
from newsdesk.render.markdown import render_markdown
from newsdesk.render.tables import render_csv

__all__ = ["render_csv", "render_html", "render_json", "render_markdown"]
