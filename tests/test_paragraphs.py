"""A blank line ends a sentence before the parser runs (newsclaims_paragraphs)."""
from __future__ import annotations

import pytest

import newsclaims

HEADLINE = ("North Korean troops pulled from Kursk front\n\n"
            "\"Most likely, after suffering heavy losses, they were forced to withdraw,\" "
            "Kindratenko told Ukrainska Pravda.\n\n"
            "- Officials said about 300 soldiers had been killed.")


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("newsclaims_paragraphs") < names.index("parser")


@pytest.mark.parametrize("text,sentences", [
    (HEADLINE, ["North Korean troops pulled from Kursk front",
                "\"Most likely, after suffering heavy losses, they were forced to withdraw,\" "
                "Kindratenko told Ukrainska Pravda.",
                "- Officials said about 300 soldiers had been killed."]),
    # one line break is a wrapped line, not a paragraph
    ("Officials said on Friday that the troops\nhad left the region.",
     ["Officials said on Friday that the troops\nhad left the region."]),
    ("Troops left.\n\n\n\n“We saw them go,” Kim said.", ["Troops left.", "“We saw them go,” Kim said."]),
    # a live blog's entry head ends with its line, full stop or not
    ("13:20 GMT - Zelensky: decision now rests with Russia\nIn his address late Tuesday, he said talks would go on.",
     ["13:20 GMT - Zelensky: decision now rests with Russia", "In his address late Tuesday, he said talks would go on."]),
    ("18:40 GMT - Polls open in Georgia\nVoters lined up early in Atlanta.",
     ["18:40 GMT - Polls open in Georgia", "Voters lined up early in Atlanta."]),
    # a clock time in a wrapped line is no entry head
    ("The vote closed at 8:00 - later than planned\nofficials said.",
     ["The vote closed at 8:00 - later than planned\nofficials said."]),
])
def test_blank_lines_end_sentences(nlp, text, sentences):
    doc = newsclaims.extract(text, nlp=nlp).doc
    assert [s.text.strip() for s in doc.sents] == sentences


def test_a_headline_does_not_lend_its_words_to_the_quote(nlp):
    res = newsclaims.extract(HEADLINE, published="2025-02-04", nlp=nlp)
    quote = res.attributions[res.attributions.direct]
    assert quote.speaker.tolist() == ["Kindratenko"]
    assert quote.content.str.startswith("Most likely").all()
    assert res.attributions.content.str.contains("Kursk").sum() == 0


def test_a_parsed_doc_is_left_alone(nlp):
    doc = nlp("Troops left.\n\nThey said so.")
    before = [t.is_sent_start for t in doc]
    assert [t.is_sent_start for t in nlp.get_pipe("newsclaims_paragraphs")(doc)] == before
