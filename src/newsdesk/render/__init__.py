"""Views of a `Corpus`: the story JSON (the contract) and the HTML report.

Renderers only read the model; they compute nothing a reader of the JSON could not.
"""

from newsdesk.render.html import render_html
from newsdesk.render.json import render_json

__all__ = ["render_html", "render_json"]
