"""A table of temporal-expression forms in newswire sentences, one expected TIMEX3 per row.

The sentences are written for this table (not taken from any corpus) and cover the breadth
of English temporal expressions the dates layer should know, whatever the training data
happens to contain: calendar dates in every common format, weekdays with and without a
determiner, parts of the day, clock times, relative and anaphoric periods, vague references,
holidays, decades and centuries, quarters and halves, sets and durations. Values follow
SCHEMA.md and, where it is silent, TimeML/TIMEX3. Unless a row says otherwise the article is
dated Wednesday 2013-03-20 (ISO week 2013-W12).
"""
from __future__ import annotations

import pytest

import newsclaims

PUB = "2013-03-20"

# (sentence, expected text, type, value)
FORMS: list[tuple[str, str, str, str]] = [
    # --- absolute calendar dates ---------------------------------------------------------
    ("The accord was signed on March 5, 2012, in Geneva.", "March 5, 2012", "DATE", "2012-03-05"),
    ("The plant closed on 5 March 2012 after a fire.", "5 March 2012", "DATE", "2012-03-05"),
    ("The bank was founded on the 5th of March, 1998.", "the 5th of March, 1998", "DATE", "1998-03-05"),
    ("The company was founded in 1998 by two engineers.", "1998", "DATE", "1998"),
    ("The law took effect in January 2011.", "January 2011", "DATE", "2011-01"),
    ("The rules changed in Jan. 2011, officials said.", "Jan. 2011", "DATE", "2011-01"),
    ("Shares fell sharply on 03/14/2013 before recovering.", "03/14/2013", "DATE", "2013-03-14"),
    ("The memo, dated 2013-03-18, was leaked to reporters.", "2013-03-18", "DATE", "2013-03-18"),
    ("The strike began Sept. 12 and lasted a month.", "Sept. 12", "DATE", "2012-09-12"),
    ("Sales peaked in mid-2008 before the crisis.", "mid-2008", "DATE", "2008"),
    ("The mine reopened in early March.", "early March", "DATE", "2013-03"),
    ("The vote will be held in late April.", "late April", "DATE", "2013-04"),
    ("Police were called on Feb. 28, a spokesman said.", "Feb. 28", "DATE", "2013-02-28"),
    ("The deadline falls on March 31.", "March 31", "DATE", "2013-03-31"),
    ("Prices rose in the spring of 2010.", "the spring of 2010", "DATE", "2010-SP"),
    ("The bridge opened in December 1999.", "December 1999", "DATE", "1999-12"),
    ("The treaty dates from July 4, 1976.", "July 4, 1976", "DATE", "1976-07-04"),
    ("The firm filed for bankruptcy on Tuesday, March 12.", "Tuesday, March 12", "DATE", "2013-03-12"),
    ("He was born on 12 October 1961 in Leeds.", "12 October 1961", "DATE", "1961-10-12"),
    ("The ban began on October 1st.", "October 1st", "DATE", "2012-10-01"),
    ("Trading resumed on March 11th, the exchange said.", "March 11th", "DATE", "2013-03-11"),
    ("The plan was unveiled in November of 2010.", "November of 2010", "DATE", "2010-11"),
    ("The last census was taken in 2010-2011.", "2010", "DATE", "2010"),
    ("The station operated from 1962 to 1987.", "1987", "DATE", "1987"),
    ("The results for fiscal 2012 beat forecasts.", "fiscal 2012", "DATE", "2012"),
    ("The budget for fiscal year 2014 was debated.", "fiscal year 2014", "DATE", "2014"),
    ("Turnout fell in the 2012 election.", "2012", "DATE", "2012"),
    ("The 2010 World Cup was held in South Africa.", "2010", "DATE", "2010"),
    ("The reforms of the late 1990s were reversed.", "the late 1990s", "DATE", "199"),
    ("Inflation soared in the 1970s.", "the 1970s", "DATE", "197"),
    ("The city boomed in the early 1900s.", "the early 1900s", "DATE", "190"),
    ("The style was popular in the '80s.", "the '80s", "DATE", "198"),
    ("Music of the sixties is back in fashion.", "the sixties", "DATE", "196"),
    ("The church was built in the 20th century.", "the 20th century", "DATE", "19"),
    ("The castle dates from the 12th century.", "the 12th century", "DATE", "11"),
    ("The practice ended in the nineteenth century.", "the nineteenth century", "DATE", "18"),
    ("The town grew in the mid-19th century.", "the mid-19th century", "DATE", "18"),
    ("The law was passed in the summer of 2009.", "the summer of 2009", "DATE", "2009-SU"),
    ("The company was sold in late 2011.", "late 2011", "DATE", "2011"),
    ("Construction starts in early 2014.", "early 2014", "DATE", "2014"),
    ("The firm was listed at the end of 2010.", "the end of 2010", "DATE", "2010"),
    ("The beginning of 2014 will bring new rules.", "The beginning of 2014", "DATE", "2014"),
    ("The program ran through the middle of 2012.", "the middle of 2012", "DATE", "2012"),
    # --- weekdays ------------------------------------------------------------------------
    ("Officials met on Monday to discuss the plan.", "Monday", "DATE", "2013-03-18"),
    ("Police said Sunday that two men were detained.", "Sunday", "DATE", "2013-03-17"),
    ("The talks will resume next Tuesday.", "next Tuesday", "DATE", "2013-03-26"),
    ("The deal was announced last Friday.", "last Friday", "DATE", "2013-03-15"),
    ("The council will vote this Thursday.", "this Thursday", "DATE", "2013-03-21"),
    ("The council voted this past Monday.", "this past Monday", "DATE", "2013-03-18"),
    ("The market will open on Monday morning.", "Monday morning", "TIME", "2013-03-25TMO"),
    ("On Saturday night, fire crews were called to the scene.", "Saturday night", "TIME", "2013-03-16TNI"),
    ("Late Tuesday, the rebels withdrew from the town.", "Late Tuesday", "DATE", "2013-03-19"),
    ("The minister will travel to Paris on Friday.", "Friday", "DATE", "2013-03-22"),
    ("The storm hit the coast early Monday.", "early Monday", "DATE", "2013-03-18"),
    ("Negotiators worked through Tuesday evening.", "Tuesday evening", "TIME", "2013-03-19TEV"),
    ("The court ruled Thursday afternoon.", "Thursday afternoon", "TIME", "2013-03-14TAF"),
    ("The summit opens Friday in Brussels, officials said.", "Friday", "DATE", "2013-03-22"),
    ("On Sunday, voters will choose a new mayor.", "Sunday", "DATE", "2013-03-24"),
    ("The talks ended on Wednesday.", "Wednesday", "DATE", "2013-03-20"),
    ("Results are expected Thursday.", "Thursday", "DATE", "2013-03-21"),
    ("The shop is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    # --- weekends, parts of the day ------------------------------------------------------
    ("Protests continued over the weekend.", "the weekend", "DATE", "2013-W11-WE"),
    ("Fans are expected to gather this weekend.", "this weekend", "DATE", "2013-W12-WE"),
    ("The festival took place last weekend.", "last weekend", "DATE", "2013-W11-WE"),
    ("The ferry will not sail next weekend.", "next weekend", "DATE", "2013-W13-WE"),
    ("Heavy rain fell overnight across the region.", "overnight", "TIME", "2013-03-20TNI"),
    ("The minister spoke to reporters this morning.", "this morning", "TIME", "2013-03-20TMO"),
    ("The jury will resume deliberations this afternoon.", "this afternoon", "TIME", "2013-03-20TAF"),
    ("The results are expected this evening.", "this evening", "TIME", "2013-03-20TEV"),
    # TE3 annotates a bare "tonight" as the day (DATE); "tonight at 9" would be a TIME
    ("The president addresses the nation tonight.", "tonight", "DATE", "2013-03-20"),
    ("Yesterday afternoon, the blaze spread to nearby homes.", "Yesterday afternoon", "TIME", "2013-03-19TAF"),
    ("The court convenes tomorrow morning.", "tomorrow morning", "TIME", "2013-03-21TMO"),
    ("Last night, gunmen attacked a checkpoint.", "Last night", "TIME", "2013-03-19TNI"),
    ("Early this morning, troops entered the village.", "Early this morning", "TIME", "2013-03-20TMO"),
    ("The plane landed yesterday evening.", "yesterday evening", "TIME", "2013-03-19TEV"),
    ("The fire broke out yesterday.", "yesterday", "DATE", "2013-03-19"),
    ("The verdict is due today.", "today", "DATE", "2013-03-20"),
    ("The verdict is due tomorrow.", "tomorrow", "DATE", "2013-03-21"),
    ("The bill passed the day before yesterday.", "the day before yesterday", "DATE", "2013-03-18"),
    ("The ship docks the day after tomorrow.", "the day after tomorrow", "DATE", "2013-03-22"),
    # --- clock times ---------------------------------------------------------------------
    ("The blast occurred at 3 p.m. EST.", "3 p.m. EST", "TIME", "2013-03-20T15:00"),
    ("The session ends at noon.", "noon", "TIME", "2013-03-20T12:00"),
    ("The curfew begins at midnight.", "midnight", "TIME", "2013-03-20T24:00"),
    ("The market closed at 4 p.m.", "4 p.m.", "TIME", "2013-03-20T16:00"),
    ("The polls close at 8 o'clock.", "8 o'clock", "TIME", "2013-03-20T08:00"),
    ("Shots were heard around 9 pm local time.", "around 9 pm local time", "TIME", "2013-03-20T21:00"),
    ("The statement was released at 14:30 GMT.", "14:30 GMT", "TIME", "2013-03-20T14:30"),
    ("The quake struck at 5:46 a.m.", "5:46 a.m.", "TIME", "2013-03-20T05:46"),
    ("The polls opened at 7 a.m. Sunday.", "7 a.m. Sunday", "TIME", "2013-03-17T07:00"),
    ("The flight left at 11:15 pm.", "11:15 pm", "TIME", "2013-03-20T23:15"),
    ("The offer expires at 5 p.m. on March 29.", "5 p.m.", "TIME", "2013-03-20T17:00"),
    ("The vote ended at 10am.", "10am", "TIME", "2013-03-20T10:00"),
    ("The meeting began at 9:30.", "9:30", "TIME", "2013-03-20T09:30"),
    ("Police arrived at noon Tuesday.", "noon Tuesday", "TIME", "2013-03-19T12:00"),
    ("The raid began shortly after midnight Friday.", "midnight Friday", "TIME", "2013-03-15T24:00"),
    ("The alarm sounded at 4 in the morning.", "4 in the morning", "TIME", "2013-03-20T04:00"),
    # --- years, months, weeks relative to the article ------------------------------------
    ("Sales rose 5% to $2 billion from a year earlier.", "a year earlier", "DATE", "2012"),
    ("The number was 40 a year ago.", "a year ago", "DATE", "2012"),
    ("Two years from now, the line will open.", "Two years from now", "DATE", "2015"),
    ("The plant closed three months ago.", "three months ago", "DATE", "2012-12"),
    ("The fighting began two weeks ago.", "two weeks ago", "DATE", "2013-W10"),
    ("The couple married five years ago.", "five years ago", "DATE", "2008"),
    ("The law was passed a decade ago.", "a decade ago", "DATE", "2003"),
    ("He was arrested six days ago.", "six days ago", "DATE", "2013-03-14"),
    ("The company was sold last year.", "last year", "DATE", "2012"),
    ("The rules take effect next month.", "next month", "DATE", "2013-04"),
    ("Prices rose this week.", "this week", "DATE", "2013-W12"),
    ("Prices rose last week.", "last week", "DATE", "2013-W11"),
    ("The envoy will visit next week.", "next week", "DATE", "2013-W13"),
    ("The mill was closed earlier this year.", "earlier this year", "DATE", "2013"),
    ("A decision is expected later this month.", "later this month", "DATE", "2013-03"),
    ("The ministers met earlier this week.", "earlier this week", "DATE", "2013-W12"),
    ("The plant will close at the end of the year.", "the end of the year", "DATE", "2013"),
    ("The fund expects a profit by year-end.", "year-end", "DATE", "2013"),
    ("The tax will rise at the start of next month.", "the start of next month", "DATE", "2013-04"),
    ("The merger should close by the end of next year.", "the end of next year", "DATE", "2014"),
    ("The law was changed at the beginning of last year.", "the beginning of last year", "DATE", "2012"),
    ("The index fell last month to its lowest level.", "last month", "DATE", "2013-02"),
    ("The company lost money this year.", "this year", "DATE", "2013"),
    ("Exports rose this month.", "this month", "DATE", "2013-03"),
    ("The ruling will come next year.", "next year", "DATE", "2014"),
    ("Prices jumped in the past week.", "the past week", "DATE", "2013-W11"),
    ("The team was relegated last season.", "last season", "DATE", "PAST_REF"),
    ("The station was built last summer.", "last summer", "DATE", "2012-SU"),
    ("The harvest will begin next autumn.", "next autumn", "DATE", "2013-FA"),
    ("The election will be held in the fall.", "the fall", "DATE", "2013-FA"),
    ("Snow fell this winter in record amounts.", "this winter", "DATE", "2012-WI"),
    ("The ban was lifted last spring.", "last spring", "DATE", "2012-SP"),
    ("Trials will begin in the summer.", "the summer", "DATE", "2013-SU"),
    ("The factory opened in September.", "September", "DATE", "2012-09"),
    ("The factory will open in September.", "September", "DATE", "2013-09"),
    ("The deal was struck in March last year.", "March last year", "DATE", "2012-03"),
    ("The company will report results in April.", "April", "DATE", "2013-04"),
    # --- anaphoric: counted from the story's date ----------------------------------------
    ("The bomb went off on March 3. The previous day, police had received a warning.",
     "The previous day", "DATE", "2013-03-02"),
    ("He was detained on March 3 and released the following day.", "the following day", "DATE", "2013-03-04"),
    ("The fire started on Jan. 4, 2010, and the following week the owners fled.", "the following week", "DATE",
     "2010-W02"),
    ("Two bombs exploded on May 1, 2011, and a third went off the same day.", "the same day", "DATE",
     "2011-05-01"),
    ("In 2009 the firm went public; that year its sales doubled.", "that year", "DATE", "2009"),
    ("The union struck in June 2011. The previous month, talks had failed.", "The previous month", "DATE",
     "2011-05"),
    ("The deal was signed in 2004, and the following year the plant was built.", "the following year", "DATE",
     "2005"),
    ("He arrived on April 2, 2012, and left the next morning.", "the next morning", "TIME", "2012-04-03TMO"),
    # --- vague references ----------------------------------------------------------------
    ("Prices have climbed in recent years.", "recent years", "DATE", "PAST_REF"),
    ("Bankers are cautious these days.", "these days", "DATE", "PRESENT_REF"),
    ("The economy is now growing again.", "now", "DATE", "PRESENT_REF"),
    ("The agency recently changed its rules.", "recently", "DATE", "PAST_REF"),
    ("The firm currently employs 300 people.", "currently", "DATE", "PRESENT_REF"),
    ("The ministry will publish the report in the near future.", "the near future", "DATE", "FUTURE_REF"),
    ("Such attacks were rare in the past.", "the past", "DATE", "PAST_REF"),
    ("Officials will decide soon, the minister said.", "soon", "DATE", "FUTURE_REF"),
    ("The rules will change in the future.", "the future", "DATE", "FUTURE_REF"),
    ("Shoppers nowadays buy online.", "nowadays", "DATE", "PRESENT_REF"),
    ("Prices have fallen lately.", "lately", "DATE", "PAST_REF"),
    ("The building formerly housed a bank.", "formerly", "DATE", "PAST_REF"),
    ("The plant is at the moment closed for repairs.", "the moment", "DATE", "PRESENT_REF"),
    ("The hearing was postponed to a later date.", "a later date", "DATE", "FUTURE_REF"),
    # --- quarters and halves -------------------------------------------------------------
    ("The company expects a loss in the third quarter.", "the third quarter", "DATE", "2013-Q3"),
    ("Profit fell in the fourth quarter of 2012.", "the fourth quarter of 2012", "DATE", "2012-Q4"),
    ("Growth slowed in the first half of 2013.", "the first half of 2013", "DATE", "2013-H1"),
    ("The firm expects sales to rise in the second half.", "the second half", "DATE", "2013-H2"),
    ("Earnings fell in the first quarter, the bank said.", "the first quarter", "DATE", "2013-Q1"),
    ("Earnings in Q4 2012 beat forecasts.", "Q4 2012", "DATE", "2012-Q4"),
    ("The company posted a loss last quarter.", "last quarter", "DATE", "2012-Q4"),
    ("The bank expects a profit next quarter.", "next quarter", "DATE", "2013-Q2"),
    ("Third-quarter profit rose 8% at the retailer last year.", "Third-quarter", "DATE", "2012-Q3"),
    ("Output was flat in the second half of last year.", "the second half of last year", "DATE", "2012-H2"),
    # --- holidays ------------------------------------------------------------------------
    ("The store will reopen before Christmas.", "Christmas", "DATE", "2013-12-25"),
    ("The shooting happened on New Year's Eve.", "New Year's Eve", "DATE", "2012-12-31"),
    ("The parade is held on Thanksgiving.", "Thanksgiving", "DATE", "2012-11-22"),
    ("The family gathered at Christmas 2010.", "Christmas 2010", "DATE", "2010-12-25"),
    ("The shops close on Easter Sunday.", "Easter Sunday", "DATE", "2013-03-31"),
    ("The attack took place on Christmas Eve.", "Christmas Eve", "DATE", "2012-12-24"),
    ("Fireworks lit the sky on New Year's Day.", "New Year's Day", "DATE", "2013-01-01"),
    ("The company will close on Independence Day.", "Independence Day", "DATE", "2013-07-04"),
    # --- sets ----------------------------------------------------------------------------
    ("The festival is held every year in Edinburgh.", "every year", "SET", "P1Y"),
    ("The report is published annually.", "annually", "SET", "P1Y"),
    ("The board meets twice a week.", "twice a week", "SET", "P1W"),
    ("He runs five miles each morning.", "each morning", "SET", "XXXX-XX-XXTMO"),
    ("The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("The magazine appears monthly.", "monthly", "SET", "P1M"),
    ("The ferry sails daily from the harbor.", "daily", "SET", "P1D"),
    ("The rate is reviewed every three months.", "every three months", "SET", "P3M"),
    ("Prices are checked once a month.", "once a month", "SET", "P1M"),
    ("Guards patrol the border every night.", "every night", "SET", "XXXX-XX-XXTNI"),
    ("The group meets each week.", "each week", "SET", "P1W"),
    ("The plant costs $5 million a year to run.", "a year", "SET", "P1Y"),
    ("The market is open every day.", "every day", "SET", "P1D"),
    ("The firm pays dividends every quarter.", "every quarter", "SET", "P1Q"),
    ("Officials meet weekly to review the data.", "weekly", "SET", "P1W"),
    ("The tournament is held every other year.", "every other year", "SET", "P2Y"),
    # --- durations -----------------------------------------------------------------------
    ("The two leaders met for 45 minutes.", "45 minutes", "DURATION", "PT45M"),
    ("They held a two-hour meeting in Rome.", "two-hour", "DURATION", "PT2H"),
    ("He was elected to a three-year term.", "three-year", "DURATION", "P3Y"),
    ("The two families have feuded for decades.", "decades", "DURATION", "PXDE"),
    ("The two families have feuded for years.", "years", "DURATION", "PXY"),
    ("The months-long standoff ended on Monday.", "months-long", "DURATION", "PXM"),
    ("The strike lasted three weeks.", "three weeks", "DURATION", "P3W"),
    ("He spent two and a half years in prison.", "two and a half years", "DURATION", "P2.5Y"),
    ("The contract runs for 10 years.", "10 years", "DURATION", "P10Y"),
    ("The road will be closed for several days.", "several days", "DURATION", "PXD"),
    ("The ceasefire held for a few hours.", "a few hours", "DURATION", "PTXH"),
    ("The siege lasted nearly a year.", "nearly a year", "DURATION", "P1Y"),
    ("Prices doubled over the past five years.", "the past five years", "DURATION", "P5Y"),
    ("Sales will grow over the next three years.", "the next three years", "DURATION", "P3Y"),
    ("Sales have grown over the past few years.", "the past few years", "DURATION", "PXY"),
    ("The bank will cut jobs over the next few months.", "the next few months", "DURATION", "PXM"),
    ("The rate was the lowest for the first time in 20 years.", "20 years", "DURATION", "P20Y"),
    ("The army will withdraw within weeks.", "weeks", "DURATION", "PXW"),
    ("The building was evacuated within minutes.", "minutes", "DURATION", "PTXM"),
    ("The trial is expected to last 18 months.", "18 months", "DURATION", "P18M"),
    ("The plan is a 10-year effort to cut emissions.", "10-year", "DURATION", "P10Y"),
    ("He took a 30-day leave of absence.", "30-day", "DURATION", "P30D"),
    ("The deal was reached after a 12-hour session.", "12-hour", "DURATION", "PT12H"),
    ("The journey took about an hour.", "about an hour", "DURATION", "PT1H"),
    ("The recovery could take more than a decade.", "more than a decade", "DURATION", "P10Y"),
    ("The talks dragged on for months.", "months", "DURATION", "PXM"),
    ("Workers waited for hours in the cold.", "hours", "DURATION", "PTXH"),
    ("The battery lasts half an hour.", "half an hour", "DURATION", "PT0.5H"),
    ("He has served 20 years in the army.", "20 years", "DURATION", "P20Y"),
    ("The project took a decade to finish.", "a decade", "DURATION", "P10Y"),
    ("The team trained for a week in Spain.", "a week", "DURATION", "P1W"),
    ("The coming months will be difficult, he warned.", "The coming months", "DURATION", "PXM"),
    ("The virus spread within 48 hours.", "48 hours", "DURATION", "PT48H"),
    ("The rally lasted a full day.", "a full day", "DURATION", "P1D"),
    ("A 90-minute debate followed.", "90-minute", "DURATION", "PT90M"),
    ("It was his first visit in nearly a decade.", "nearly a decade", "DURATION", "P10Y"),
    ("Talks have stalled for the past two months.", "the past two months", "DURATION", "P2M"),
    ("The plan has been in the works for some time.", "some time", "DURATION", "PXM"),
    # --- other pubs: year-less dates against another anchor -------------------------------
]

# (sentence, published, expected text, type, value): forms whose value depends on a different anchor
FORMS_AT: list[tuple[str, str, str, str, str]] = [
    ("The rebels seized the town in December.", "2013-01-15", "December", "DATE", "2012-12"),
    ("The new law takes effect Jan. 1.", "2012-12-10", "Jan. 1", "DATE", "2013-01-01"),
    ("Turnout was low on Christmas Day.", "2013-01-03", "Christmas Day", "DATE", "2012-12-25"),
    ("Officials met on Monday.", "2013-03-18", "Monday", "DATE", "2013-03-18"),
    ("The ministers will meet next week.", "2012-12-28", "next week", "DATE", "2013-W01"),
    ("Output fell in the fourth quarter.", "2013-02-05", "the fourth quarter", "DATE", "2012-Q4"),
    ("The strike ended last month.", "2013-01-10", "last month", "DATE", "2012-12"),
    ("The firm will report results next month.", "2012-12-10", "next month", "DATE", "2013-01"),
    ("Sales fell in November.", "2012-12-02", "November", "DATE", "2012-11"),
]

# (sentence, substring that must not be inside any tagged expression)
NOT_TAGGED: list[tuple[str, str]] = [
    ("A 43-year-old man was arrested at the scene.", "43-year-old"),
    ("The 25-year-old striker scored twice.", "25-year"),
    ("Smith, 55, has led the firm since its founding.", "55"),
    ("The firm employs 2000 people in three countries.", "2000"),
    ("The museum holds 1500 paintings.", "1500"),
    ("Mr. May said the plan would fail.", "May"),
    ("Leaves fall from the trees as the weather cools.", "fall"),
    ("He asked the court to spring him from jail.", "spring"),
    ("The World War II veteran spoke at the ceremony.", "II"),
    ("The company ranked first in sales.", "first"),
    ("The bill passed by a vote of 60 to 40.", "60"),
    ("Route 66 runs through the town.", "66"),
    ("He wore jersey number 23.", "23"),
    ("The car was traveling at 90 miles an hour.", "an hour"),
    ("The Times reported the story.", "Times"),
    ("She took second place in the 400 meters.", "second"),
]


def _dates(nlp, text: str, published: str | None):
    return newsclaims.extract(text, published=published, nlp=nlp).dates


def _check(nlp, sentence: str, published: str, text: str, type_: str, value: str) -> None:
    df = _dates(nlp, sentence, published)
    got = {r["text"]: (r["type"], r["value"]) for r in df.to_dict("records")}
    assert text in got, got
    assert got[text] == (type_, value), got


@pytest.mark.parametrize("sentence, text, type_, value", FORMS)
def test_forms(nlp, sentence, text, type_, value):
    _check(nlp, sentence, PUB, text, type_, value)


@pytest.mark.parametrize("sentence, published, text, type_, value", FORMS_AT)
def test_forms_other_anchor(nlp, sentence, published, text, type_, value):
    _check(nlp, sentence, published, text, type_, value)


@pytest.mark.parametrize("sentence, absent", NOT_TAGGED)
def test_not_tagged(nlp, sentence, absent):
    texts = _dates(nlp, sentence, PUB)["text"].tolist()
    assert not any(absent in t for t in texts), texts
