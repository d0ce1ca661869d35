"""Compare the sources of a story: relations between statements and facts, and the summary.

`compare(story, articles)` fills a story's `relations` (`relations.py` for statements, read
through `claims.py`; `figures.py` for facts) and then its `summary` (`summary.py`), from the
statements, facts and entities the earlier stages put in the story. It reads no file.
"""

from __future__ import annotations

from newsdesk.compare.claims import Claim, read_claims
from newsdesk.compare.figures import compare_figures
from newsdesk.compare.relations import relate_statements
from newsdesk.compare.summary import summarize
from newsdesk.model import Article, Story

__all__ = ["compare"]


def compare(story: Story, articles: list[Article]) -> Story:
    """`story` with its relations and summary drawn from its articles."""
    outlets = {a.id: a.outlet or a.id for a in articles}

    def who(claim: Claim) -> str:
        st = claim.statement
        name = st.speaker_name or st.speaker_role
        outlet = outlets.get(st.sources[0].article_id) if st.sources else None
        return f"{name or 'an unnamed source'} ({outlet})" if outlet else name or "a source"

    claims = read_claims(story.statements, articles)
    relations = relate_statements(claims, who) + compare_figures(
        story.facts, articles, story.entities
    )
    related = story.model_copy(update={"relations": relations})
    return related.model_copy(update={"summary": summarize(related, articles)})
