"""The quantities layer on realistic news sentences (written for these tests) and on the seed gold."""
from __future__ import annotations

import math

import pytest

import newsclaims
from newsclaims.components import quantities as Q

# (sentence, span text, value, low, high, approx, unit, counted head word or None)
CASES = [
    ("Officials said about 4,500 soldiers crossed the border overnight.",
     "about 4,500", 4500, None, None, True, "dimensionless", "soldiers"),
    ("The storm destroyed more than 1,200 homes along the coast.",
     "more than 1,200", 1200, 1200, None, False, "dimensionless", "homes"),
    ("At least 37 people were killed in the blast, the ministry said.",
     "At least 37", 37, 37, None, False, "dimensionless", "people"),
    ("The fund will provide up to $5 million to affected farmers.",
     "up to $5 million", 5e6, None, 5e6, False, "US dollar", None),
    ("Nearly half of the respondents said they distrusted the government.",
     "Nearly half", 0.5, None, 0.5, True, "dimensionless", "respondents"),
    ("The company said revenue rose 12% to $3.4 billion in the quarter.",
     "12%", 12, None, None, False, "percentage", "revenue"),
    ("The company said revenue rose 12% to $3.4 billion in the quarter.",
     "$3.4 billion", 3.4e9, None, None, False, "US dollar", "revenue"),
    ("Inflation slowed to 2.9 percent in March, the statistics office said.",
     "2.9 percent", 2.9, None, None, False, "percentage", "inflation"),
    ("Rebels seized roughly 300 square kilometres of farmland in the offensive.",
     "roughly 300 square kilometres", 300, None, None, True, "square kilometre", "farmland"),
    ("Engineers are building a 40-kilometre pipeline to the port.",
     "40-kilometre", 40, None, None, False, "kilometre", "pipeline"),
    ("Dozens of protesters gathered outside parliament on Tuesday.",
     "Dozens", None, None, None, True, "dimensionless", "protesters"),
    ("Tens of thousands of refugees have fled the fighting.",
     "Tens of thousands", None, None, None, True, "dimensionless", "refugees"),
    ("The army has lost millions of rounds of ammunition to theft.",
     "millions", None, None, None, True, "dimensionless", "rounds"),
    ("Of the 600 migrants on board, about one-third were children.",
     "600", 600, None, None, False, "dimensionless", "migrants"),
    ("Of the 600 migrants on board, about one-third were children.",
     "about one-third", 0.3333, None, None, True, "dimensionless", "migrants"),
    ("Exports to China have halved since the sanctions were imposed.",
     "halved", 0.5, None, None, False, "dimensionless", "exports"),
    ("The plan aims at doubling the region's wheat output within a decade.",
     "doubling", 2, None, None, False, "dimensionless", "output"),
    ("Police arrested eight men and two women after the raid.",
     "eight", 8, None, None, False, "dimensionless", "men"),
    ("Police arrested eight men and two women after the raid.",
     "two", 2, None, None, False, "dimensionless", "women"),
    ("The suspect, a 34-year-old electrician, was released on bail.",
     "34-year-old", 34, None, None, False, "year", "electrician"),
    ("Maria Lopez, 52, told reporters she had lost everything.",
     "52", 52, None, None, False, "year", "Lopez"),
    ("Tickets will cost between $40 and $65, organisers said.",
     "between $40 and $65", None, 40, 65, False, "US dollar", None),
    ("The wrestler weighs 250 to 270 pounds depending on the season.",
     "250 to 270 pounds", None, 250, 270, False, "pound-mass", None),
    ("The ministry paid 2.3 million euros in compensation.",
     "2.3 million euros", 2.3e6, None, None, False, "euro", "compensation"),
    ("Shares fell 45 cents to $12.10 in early trading.",
     "45 cents", 45, None, None, False, "cent", "shares"),
    ("The government approved dlrs 75 million in emergency aid.",
     "dlrs 75 million", 75e6, None, None, False, "US dollar", "aid"),
    ("A five-member panel will review the case.",
     "five-member", 5, None, None, False, "dimensionless", "member"),
    ("Some 20 villages remain without power.",
     "Some 20", 20, None, None, True, "dimensionless", "villages"),
    ("The deal is worth £1.2bn, according to people familiar with it.",
     "£1.2bn", 1.2e9, None, None, False, "pound sterling", "deal"),
    ("Unemployment stood at 7.5% last month, up from 7.1%.",
     "7.5%", 7.5, None, None, False, "percentage", "unemployment"),
    ("One of the hostages was freed on Sunday.",
     "One", 1, None, None, False, "dimensionless", "hostages"),
    ("Rescuers pulled 14 survivors from the rubble, three of them children.",
     "three", 3, None, None, False, "dimensionless", "survivors"),
    ("The bridge, which carries 90,000 vehicles a day, will close for repairs.",
     "90,000", 90000, None, None, False, "dimensionless", "vehicles"),
    ("Almost 3,000 jobs could be cut, the union warned.",
     "Almost 3,000", 3000, None, 3000, True, "dimensionless", "jobs"),
    ("The council received more than a dozen complaints.",
     "more than a dozen", 12, 12, None, False, "dimensionless", "complaints"),
    ("The company will sell 1.5 million shares to investors.",
     "1.5 million", 1.5e6, None, None, False, "dimensionless", "shares"),
    ("The death toll rose to 312, health officials said.",
     "312", 312, None, None, False, "dimensionless", "toll"),
    ("About a quarter of the city's 2.3 million residents lack running water.",
     "About a quarter", 0.25, None, None, True, "dimensionless", "residents"),
    ("The European Union pledged €50bn in aid to the region.",
     "€50bn", 5e10, None, None, False, "euro", "aid"),
    ("The brothers, aged 19 and 23, were arrested on Monday.",
     "23", 23, None, None, False, "year", None),
    ("Half the country's hospitals have run out of insulin.",
     "Half", 0.5, None, None, False, "dimensionless", "hospitals"),
    ("The ship was carrying 2,000 tonnes of wheat when it sank 30 miles off the coast.",
     "2,000 tonnes", 2000, None, None, False, "tonne", "wheat"),
    ("The ship was carrying 2,000 tonnes of wheat when it sank 30 miles off the coast.",
     "30 miles", 30, None, None, False, "mile", "ship"),
    ("The central bank raised its key rate by 0.75 percentage point to 3.25%.",
     "3.25%", 3.25, None, None, False, "percentage", "rate"),
    ("Temperatures reached 45 degrees Celsius in parts of the country.",
     "45 degrees Celsius", 45, None, None, False, "degree Celsius", "temperatures"),
    ("The case has cost him over half a million dollars in legal fees.",
     "over half a million dollars", 5e5, 5e5, None, False, "US dollar", "fees"),
    ("The drought has affected some 4 million hectares of farmland.",
     "some 4 million hectares", 4e6, None, None, True, "hectare", "farmland"),
    ("Russia fired 43 missiles and 74 drones overnight, 36 of which were shot down.",
     "36", 36, None, None, False, "dimensionless", "drones"),
    ("The 5,000-strong force will deploy in two waves.",
     "5,000", 5000, None, None, False, "dimensionless", "force"),
    ("Twice as many people voted this year as in the previous election.",
     "Twice", 2, None, None, False, "dimensionless", "people"),
    ("Sales grew 10-15% in the first quarter, the company said.",
     "10-15%", None, 10, 15, False, "percentage", "sales"),
    ("The town of 40,000 has been without power for days.",
     "40,000", 40000, None, None, False, "dimensionless", "town"),
    ("About 1/3 of voters backed the plan, the poll found.",
     "About 1/3", 0.3333, None, None, True, "dimensionless", "voters"),
    ("The buyer will pay $40 million in cash and $25 million in stock.",
     "$25 million", 25e6, None, None, False, "US dollar", "stock"),
    ("The offering raises the total to 12 million shares, of which 60% will be held by the founder.",
     "60%", 60, None, None, False, "percentage", "shares"),
    ("The hotel chain, 75%-owned by a pension fund, is up for sale.",
     "75%", 75, None, None, False, "percentage", "chain"),
    ("The cuts are part of a one point six billion dollar savings plan.",
     "one point six billion dollar", 1.6e9, None, None, False, "US dollar", "plan"),
    ("A few hundred protesters gathered outside the embassy.",
     "A few hundred", None, None, None, True, "dimensionless", "protesters"),
    ("Police found 1,300 pounds (600 kgs) of explosives in the shed.",
     "600 kgs", 600, None, None, False, "kilogram", "explosives"),
    ("At least a dozen civilians were killed in the strike on the city of 200,000.",
     "200,000", 200000, None, None, False, "dimensionless", "city"),
    ("Their ranks have shrunk by a third since the offensive began.",
     "a third", 0.3333, None, None, False, "dimensionless", None),
    ("The aid package is worth $61 billion, including about $14 billion for weapons.",
     "about $14 billion", 1.4e10, None, None, True, "US dollar", "weapons"),
    ("He said 8 in 10 Ukrainians oppose territorial concessions.",
     "8", 8, None, None, False, "dimensionless", "Ukrainians"),
    ("The government is offering a reward of up to $5 million for information on the attack.",
     "up to $5 million", 5e6, None, 5e6, False, "US dollar", "reward"),
    ("Net income slipped 5% to #89.7 million, or 16 pence a share.",
     "#89.7 million", 8.97e7, None, None, False, "pound sterling", "income"),
    ("Net income slipped 5% to #89.7 million, or 16 pence a share.",
     "16 pence", 16, None, None, False, "penny", "income"),
    ("Sales were little changed at 2.46 billion guilders.",
     "2.46 billion guilders", 2.46e9, None, None, False, "Dutch guilder", "sales"),
    ("The senator, who at 81 is the chamber's oldest member, voted no.",
     "81", 81, None, None, False, "year", "senator"),
    ("The index closed at 77 after a volatile session.",
     "77", 77, None, None, False, "dimensionless", "index"),
    # a year-like number that counts a plural noun, though the parser hangs it on the verb
    ("About 1918 people marched in Paris on Monday, police said.", "About 1918", 1918, None, None, True,
     "dimensionless", "people"),
    ("Police counted 2010 cars on the bridge.", "2010", 2010, None, None, False, "dimensionless", "cars"),
    ("Hospitals treated 120 patients or more each night during the heatwave.",
     "120 patients or more", None, None, None, None, None, None),  # see test_post_qualifier
]

NOT_QUANTITIES = [
    ("He fought in World War II before emigrating.", "II"),
    ("The 73rd brigade moved to the front.", "73rd"),
    ("It was the first time the two leaders met.", "first"),
    ("The meeting starts at 10:30 a.m. in the main hall.", "10:30"),
    ("Call the hotline at 555-0199 for information.", "555"),
    ("Read more at https://example.com/news/2024/12/report-17 for details.", "17"),
    ("Flight 370 disappeared over the Indian Ocean.", "370"),
    ("No one was injured in the fire.", "one"),
    ("The violence began in 2014 and has not stopped.", "2014"),
    ("Several officials resigned, and many others were reassigned.", "Several"),
    ("Read part 3 of the series on our website.", "3"),
    ("Clinton listed her priorities. \u201cOne, defeat ISIS. Two, disrupt its financing.\u201d", "One"),
    ("Leaving one's country is hard.", "one"),
    ("The attacks of 9/11 changed the region.", "9/11"),
    ("He was put on the agency's Ten Most Wanted list last year.", "Ten"),
    ("The men entered the store at 469 Vermont St. in Brooklyn.", "469"),
    ("It is an ancient city, and an officially protected one.", "one"),
    ("The hotline runs 24/7 during the emergency.", "24/7"),
    ("The company unveiled the iPhone 15 on Tuesday.", "15"),
    ("The meeting will be held at 10 p.m. on Friday.", "10"),
    ("The airline ordered ten Airbus A320 jets and a DC-8-62 freighter.", "62"),
    ("In 1918 people marched in Paris.", "1918"),
    ("Since 2014 refugees have arrived in the town.", "2014"),
    ("The 2019 elections were close.", "2019"),
]


def _quantities(nlp, text):
    doc = nlp(text)
    return doc, Q.rows(doc)


def _find(rows, span):
    for r in rows:
        if r["text"] == span:
            return r
    return None


@pytest.mark.parametrize("text, span, value, low, high, approx, unit, counted",
                         [c for c in CASES if c[5] is not None], ids=lambda x: x if isinstance(x, str) and len(x) < 30 else None)
def test_sentence(nlp, text, span, value, low, high, approx, unit, counted):
    doc, rows = _quantities(nlp, text)
    row = _find(rows, span)
    assert row is not None, [r["text"] for r in rows]
    for got, want in ((row["value"], value), (row["low"], low), (row["high"], high)):
        assert (got is None) if want is None else (got is not None and math.isclose(got, want, rel_tol=5e-3)), row
    assert row["approx"] is approx, row
    assert row["unit"].lower() == unit.lower(), row
    if counted is None:
        return
    words = [w.strip(".,'").lower().rstrip("s") for w in (row["counted"] or "").split()]
    assert counted.lower().rstrip("s") in words, row


def test_post_qualifier(nlp):
    """ "or more" after the counted noun is not part of the number here; "or more" right after is."""
    _, rows = _quantities(nlp, "The new resort will cost $600 million or more to build.")
    row = _find(rows, "$600 million or more")
    assert row is not None and row["low"] == 6e8 and row["high"] is None


@pytest.mark.parametrize("text, token", NOT_QUANTITIES)
def test_not_a_quantity(nlp, text, token):
    doc, rows = _quantities(nlp, text)
    start = text.index(token)
    assert not [r for r in rows if r["start_char"] <= start < r["end_char"]], rows


def test_conversion_in_parentheses_is_two_quantities(nlp):
    _, rows = _quantities(nlp, "Troops hold a 1,000-kilometer (620-mile) front line in the east.")
    km, mi = _find(rows, "1,000-kilometer"), _find(rows, "620-mile")
    assert km["unit"] == "kilometre" and mi["unit"] == "mile"
    assert km["value"] == 1000 and mi["value"] == 620
    assert "line" in km["counted"].split() and "line" in mi["counted"].split()


def test_market_report_changes_share_unit_and_subject(nlp):
    _, rows = _quantities(nlp, "Gold: 1,932.50 dollars, up 4.10; crude oil 81.20 dollars, off 0.35.")
    up, off = _find(rows, "4.10"), _find(rows, "0.35")
    assert up["unit"] == "US dollar" and "gold" in up["counted"].lower().split()
    assert off["unit"] == "US dollar" and "oil" in off["counted"].lower().split()


def test_pronoun_resolved_to_antecedent(nlp):
    text = ("About 9,000 volunteer fighters joined the brigade in the spring. "
            "By autumn, their numbers had dropped by half, commanders said.")
    _, rows = _quantities(nlp, text)
    half = _find(rows, "half")
    assert half["value"] == 0.5 and "fighters" in half["counted"].split()


def test_span_offsets_match_text(nlp):
    text = "The luxury group, 98.6%-owned by its founder, sold 3 hotels for $42.5 million."
    doc, rows = _quantities(nlp, text)
    assert [r["text"] for r in rows] == ["98.6%", "3", "$42.5 million"]
    for r in rows:
        assert text[r["start_char"]:r["end_char"]] == r["text"]


def test_frame_dtypes(nlp):
    res = newsclaims.extract("Around 300 people attended, up from 250 last year.", nlp=nlp)
    df = res.quantities
    assert list(df["value"]) == [300.0, 250.0]
    assert str(df["value"].dtype) == "Float64" and str(df["approx"].dtype) == "boolean"
    assert str(df["kind"].dtype) == "string"


def test_kind_column(nlp):
    res = newsclaims.extract("Exports halved, a 43-year-old said, and dozens of firms lost half their staff.", nlp=nlp)
    kinds = dict(zip(res.quantities["text"], res.quantities["kind"]))
    assert kinds == {"halved": "multiplier", "43-year-old": "age", "dozens": "vague", "half": "fraction"}


def test_results_survive_serialization(nlp):
    from spacy.tokens import Doc

    doc = nlp("Nearly half of the 2,000 workers were laid off.")
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert Q.rows(back) == Q.rows(doc)


def test_seed_gold_regression(seeds, seed_results):
    """Every seed gold quantity is found (overlap), with its value, bounds, approx, unit and head."""
    for record in seeds:
        df = seed_results[record["doc_id"]].quantities
        pred = df.to_dict("records")
        assert len(pred) <= len(record["quantities"]) + 1, (record["doc_id"], [p["text"] for p in pred])
        for gold in record["quantities"]:
            hits = [p for p in pred if p["start_char"] < gold["end"] and gold["start"] < p["end_char"]]
            assert hits, (record["doc_id"], gold["text"])
            p = hits[0]
            for key in ("value", "low", "high"):
                g, v = gold[key], p[key]
                assert (g is None and (v is None or v != v)) or (g is not None and math.isclose(v, g, rel_tol=5e-3)), (gold, p)
            assert bool(p["approx"]) == bool(gold["approx"]), (gold, p)
            assert p["unit"].lower() == gold["unit"].lower(), (gold, p)
            head = gold["counted"].split()[-1].lower()
            assert head in (p["counted"] or "").lower().split(), (gold, p)


def test_multiprocess_pipe_gives_same_rows(nlp):
    """Docs shipped back from worker processes keep their quantities (plain-value extensions)."""
    texts = ["About 300 people attended the rally.", "Exports fell 12% to $4.1 billion last year."]
    single = [Q.rows(d) for d in nlp.pipe(texts)]
    multi = [Q.rows(d) for d in nlp.pipe(texts, n_process=2)]
    assert single == multi and single[0][0]["value"] == 300
