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
    # a preposition makes a year of a four-digit number, even before a plural noun
    ("In 1918 people marched in Paris.", "1918", "DATE", "1918"),
    ("In 2008 Wall Street collapsed.", "2008", "DATE", "2008"),
    # a range across months is one date per end; a hyphenated "to" joins two months
    ("The poll was conducted March 1-April 4.", "March 1", "DATE", "2013-03-01"),
    ("The poll was conducted March 1-April 4.", "April 4", "DATE", "2013-04-04"),
    ("The trip ran Dec. 28-Jan. 3, 2013.", "Dec. 28", "DATE", "2012-12-28"),
    ("Donations in the October-to-December quarter fell.", "the October-to-December quarter", "DATE", "2012-Q4"),
    # a year-less day naming a one-time event by the noun after it
    ("The Sept. 11 attacks changed airport security.", "Sept. 11", "DATE", "2001-09-11"),
    ("The Senate will vote on Sept. 11.", "Sept. 11", "DATE", "2013-09-11"),
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
    ("Gas ran short in winter 2011-12.", "winter 2011-12", "DATE", "2011-WI"),
    ("The 2011-12 winter was mild.", "The 2011-12 winter", "DATE", "2011-WI"),
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
    ("The city boomed in the early 1900s.", "the early 1900s", "DATE", "19"),
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
    # a past "overnight" is the night that ended on the writing day (TNI of the day before)
    ("Heavy rain fell overnight across the region.", "overnight", "TIME", "2013-03-19TNI"),
    ("Crews will work overnight to restore power.", "overnight", "TIME", "2013-03-20TNI"),
    ("The minister spoke to reporters this morning.", "this morning", "TIME", "2013-03-20TMO"),
    ("The jury will resume deliberations this afternoon.", "this afternoon", "TIME", "2013-03-20TAF"),
    ("The results are expected this evening.", "this evening", "TIME", "2013-03-20TEV"),
    # "tonight" is the night of the writing day, a TIME like "last night" (TIDES/TimeML ...TNI;
    # TimeBank's one bare "tonight" is a DATE)
    ("The president addresses the nation tonight.", "tonight", "TIME", "2013-03-20TNI"),
    # a past "midnight" is the one that began the day, a coming one ends it
    ("The first explosions were heard shortly after midnight.", "midnight", "TIME", "2013-03-20T00:00"),
    ("The house was built in the 1800s.", "the 1800s", "DATE", "18"),
    ("The automaker expects 2013 adjusted earnings of $10 a share.", "2013", "DATE", "2013"),
    ("Yesterday afternoon, the blaze spread to nearby homes.", "Yesterday afternoon", "TIME", "2013-03-19TAF"),
    ("The court convenes tomorrow morning.", "tomorrow morning", "TIME", "2013-03-21TMO"),
    ("Last night, gunmen attacked a checkpoint.", "Last night", "TIME", "2013-03-19TNI"),
    ("Early this morning, troops entered the village.", "Early this morning", "TIME", "2013-03-20TMO"),
    ("The plane landed yesterday evening.", "yesterday evening", "TIME", "2013-03-19TEV"),
    ("The fire broke out yesterday.", "yesterday", "DATE", "2013-03-19"),
    ("The verdict is due today.", "today", "DATE", "2013-03-20"),
    ("The verdict is due tomorrow.", "tomorrow", "DATE", "2013-03-21"),
    ("The bill passed the day before yesterday.", "the day before yesterday", "DATE", "2013-03-18"),
    ("The offer, advertised in today's editions, expires soon.", "today", "DATE", "2013-03-20"),
    ("The ship docks the day after tomorrow.", "the day after tomorrow", "DATE", "2013-03-22"),
    # a unit on either side of a date is one expression; of an event, it counts from the story's day
    ("Stores reopened the day after Christmas.", "the day after Christmas", "DATE", "2012-12-26"),
    # the nth weekday of a month is one date, found like a holiday's
    ("She flew home on the last Friday in August.", "the last Friday in August", "DATE", "2012-08-31"),
    ("The primary falls on the second Tuesday in September 2013.", "the second Tuesday in September 2013", "DATE",
     "2013-09-10"),
    # "last Tuesday" written on a Wednesday is the week before's, not yesterday (that is "Tuesday")
    ("The day before last Tuesday's hearing, he resigned.", "The day before last Tuesday", "DATE", "2013-03-11"),
    ("The night before Election Day, he rallied in Ohio.", "The night before Election Day", "TIME", "2012-11-05TNI"),
    ("He resigned the week after Jan. 5, 2012.", "the week after Jan. 5, 2012", "DATE", "2012-W02"),
    ("He died on Oct. 23. Police came to his house the day after his death.", "the day", "DATE", "2012-10-24"),
    ("Police came to his house the day after his death.", "the day", "DATE", "XXXX-XX-XX"),
    ("The law prohibited registering and voting on the same day.", "the same day", "DATE", "XXXX-XX-XX"),
    ("He filed on Oct. 2. That same day he left.", "That same day", "DATE", "2012-10-02"),
    ("He won on July 21. The month after his nomination was wasted.", "The month", "DATE", "2012-08"),
    ("The year after his death, the book was published.", "The year", "DATE", "XXXX"),
    ("He was last seen Nov. 3, the day before the police issued a warrant.", "the day", "DATE", "2012-11-03"),
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
    ("The fund expects a profit by year-end.", "year-end", "DATE", "2013-12-31"),
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
    ("He joined in 2010. The case began in January of that year.", "January of that year", "DATE", "2010-01"),
    ("He was elected in 2008 and sworn in in January of the following year.", "January of the following year",
     "DATE", "2009-01"),
    ("He would not campaign with him in the last week of the race.", "the last week", "DATE", "XXXX-WXX"),
    ("In the first month of the war, troops advanced.", "the first month", "DATE", "XXXX-XX"),
    ("The talks broke down the week before last.", "the week before last", "DATE", "2013-W10"),
    ("He left the weekend before last.", "the weekend before last", "DATE", "2013-W10-WE"),
    ("The vote is the month after next.", "the month after next", "DATE", "2013-05"),
    ("The debate was on March 9. The same weekend, Trump held a rally.", "The same weekend", "DATE", "2013-W10-WE"),
    ("The debate was on March 2. The following weekend, he held a rally.", "The following weekend", "DATE", "2013-W10-WE"),
    ("The deal was signed in 2004, and the following year the plant was built.", "the following year", "DATE",
     "2005"),
    ("He arrived on April 2, 2012, and left the next morning.", "the next morning", "TIME", "2012-04-03TMO"),
    # --- vague references ----------------------------------------------------------------
    ("Prices have climbed in recent years.", "recent years", "DATE", "PAST_REF"),
    ("Bankers are cautious these days.", "these days", "DATE", "PRESENT_REF"),
    ("The economy is now growing again.", "now", "DATE", "PRESENT_REF"),
    ("The agency recently changed its rules.", "recently", "DATE", "PAST_REF"),
    ("In years past, the incumbent won easily.", "years past", "DATE", "PAST_REF"),
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
    ("He spent two and a half years in prison.", "two and a half years", "DURATION", "P2Y6M"),
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
    ("The battery lasts half an hour.", "half an hour", "DURATION", "PT30M"),
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
    # --- parts of periods, relative ------------------------------------------------------
    ("The envoy will return early next week.", "early next week", "DATE", "2013-W13"),
    ("Growth stalled late last year.", "late last year", "DATE", "2012"),
    ("The index dipped early last month.", "early last month", "DATE", "2013-02"),
    ("The talks broke down in mid-March.", "mid-March", "DATE", "2013-03"),
    ("The plant will be finished by the end of March.", "the end of March", "DATE", "2013-03"),
    ("A deal could come by the middle of next week.", "the middle of next week", "DATE", "2013-W13"),
    ("The rally will be held late next month.", "late next month", "DATE", "2013-04"),
    ("The company was hit hard late last month.", "late last month", "DATE", "2013-02"),
    # "of the year" is the one the tense allows: in March, a past second half is last year's
    ("Sales picked up in the second half of the year.", "the second half of the year", "DATE", "2012-H2"),
    ("Sales will pick up in the second half of the year.", "the second half of the year", "DATE", "2013-H2"),
    ("The rules will change at the beginning of April.", "the beginning of April", "DATE", "2013-04"),
    ("The bank raised rates at the end of last week.", "the end of last week", "DATE", "2013-W11"),
    ("The tax takes effect in the spring.", "the spring", "DATE", "2013-SP"),
    ("The bridge will open this spring.", "this spring", "DATE", "2013-SP"),
    ("The company plans to go public in spring 2014.", "spring 2014", "DATE", "2014-SP"),
    ("The vote was held in the autumn of 2011.", "the autumn of 2011", "DATE", "2011-FA"),
    ("Fighting resumed in the early hours of Sunday.", "Sunday", "DATE", "2013-03-17"),
    # --- durations in many shapes ----------------------------------------------------------
    ("Prices fell sharply in the past 24 hours.", "the past 24 hours", "DURATION", "PT24H"),
    ("Incomes stagnated over the last two decades.", "the last two decades", "DURATION", "P20Y"),
    ("The currency hit a 10-year high on Monday.", "10-year", "DURATION", "P10Y"),
    ("The region has been at peace for two decades.", "two decades", "DURATION", "P20Y"),
    ("Leaders gathered for the two-day summit.", "two-day", "DURATION", "P2D"),
    ("Rescuers found him hours later.", "hours", "DURATION", "PTXH"),
    ("The line will open in the coming days.", "the coming days", "DURATION", "PXD"),
    ("A decision is due in the next 48 hours.", "the next 48 hours", "DURATION", "PT48H"),
    ("Rents rose 8 percent over the past 12 months.", "the past 12 months", "DURATION", "P12M"),
    ("The drought has lasted for the last 10 years.", "the last 10 years", "DURATION", "P10Y"),
    ("The inquiry is a year-long effort.", "year-long", "DURATION", "P1Y"),
    ("The government unveiled a five-year plan.", "five-year", "DURATION", "P5Y"),
    ("Three decades of conflict have left the city in ruins.", "Three decades", "DURATION", "P30Y"),
    ("She was held for a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
    ("The loan must be repaid within one and a half years.", "one and a half years", "DURATION", "P1Y6M"),
    ("Troops will stay for a six-month mission.", "six-month", "DURATION", "P6M"),
    ("He was released four years later.", "four years", "DURATION", "P4Y"),
    ("The tower stood for half a century.", "half a century", "DURATION", "P50Y"),
    ("The fire burned for two hours.", "two hours", "DURATION", "PT2H"),
    ("The war lasted 14 years.", "14 years", "DURATION", "P14Y"),
    ("The statue had stood there for a century.", "a century", "DURATION", "P100Y"),
    ("Rescuers searched for 36 hours.", "36 hours", "DURATION", "PT36H"),
    ("Lawmakers debated for nearly three hours.", "nearly three hours", "DURATION", "PT3H"),
    ("The vaccine protects for at least six months.", "at least six months", "DURATION", "P6M"),
    ("The firm has operated in China for more than 20 years.", "more than 20 years", "DURATION", "P20Y"),
    ("Sales rose 5 percent in the first nine months.", "the first nine months", "DURATION", "P9M"),
    ("The team has not won in eight weeks.", "eight weeks", "DURATION", "P8W"),
    ("The 10-day festival starts on Friday.", "10-day", "DURATION", "P10D"),
    ("A 24-hour strike closed the port.", "24-hour", "DURATION", "PT24H"),
    ("The wreck lay undisturbed for centuries.", "centuries", "DURATION", "PXCE"),
    ("The probe has been under way for weeks.", "weeks", "DURATION", "PXW"),
    ("It will take days to restore power.", "days", "DURATION", "PXD"),
    ("A fortnight of talks ended in failure.", "A fortnight", "DURATION", "P2W"),
    ("The reactor was shut for a couple of weeks.", "a couple of weeks", "DURATION", "P2W"),
    ("The case has dragged on for a dozen years.", "a dozen years", "DURATION", "P12Y"),
    ("The protest lasted only a few minutes.", "a few minutes", "DURATION", "PTXM"),
    ("Police questioned him for 90 minutes.", "90 minutes", "DURATION", "PT90M"),
    ("The flight took five and a half hours.", "five and a half hours", "DURATION", "PT5H30M"),
    ("The spacewalk lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
    ("The project is years away from completion.", "years", "DURATION", "PXY"),
    ("The town has changed a lot over the years.", "the years", "DURATION", "PXY"),
    ("His car was seen near the house in the weeks before the attack.", "the weeks", "DURATION", "PXW"),
    ("In the days that followed, aid arrived.", "the days", "DURATION", "PXD"),
    # --- ago / from now / anaphoric -----------------------------------------------------------
    ("The blast happened a century ago.", "a century ago", "DATE", "1913"),
    ("The company was founded a fortnight ago.", "a fortnight ago", "DATE", "2013-W10"),
    ("The rebels attacked about two weeks ago.", "about two weeks ago", "DATE", "2013-W10"),
    ("He left the party more than a year ago.", "more than a year ago", "DATE", "2012"),
    ("The tower was finished 40 years ago.", "40 years ago", "DATE", "1973"),
    ("The station closed two decades ago.", "two decades ago", "DATE", "1993"),
    ("The law was passed some years ago.", "some years ago", "DATE", "PAST_REF"),
    ("Inflation was 5% in January, up from 3% the year before.", "the year before", "DATE", "2012"),
    ("The firm lost $2 million, compared with a profit the year before.", "the year before", "DATE", "2012"),
    ("On Monday the vote was delayed; the previous Friday, talks had failed.", "the previous Friday", "DATE",
     "2013-03-15"),
    ("The strike began on March 4, and the following Monday the mines closed.", "the following Monday", "DATE",
     "2013-03-11"),
    ("The suspect was seen on Jan. 3, 2012. That night, the house burned.", "That night", "TIME", "2012-01-03TNI"),
    ("He was shot on Oct. 9, 2012, and died that day.", "that day", "DATE", "2012-10-09"),
    ("The storm hit on Nov. 2, 2012. Later that week, power returned.", "Later that week", "DATE", "2012-W44"),
    ("The ship sank in 1912; months later an inquiry began.", "months", "DURATION", "PXM"),
    ("Five years from now the plant will be gone.", "Five years from now", "DATE", "2018"),
    ("The bill was signed a week ago Friday.", "a week ago Friday", "DATE", "2013-03-08"),
    # --- years, decades, ranges -------------------------------------------------------------
    ("The country has been independent since 1945.", "1945", "DATE", "1945"),
    ("Emissions must be halved by 2030.", "2030", "DATE", "2030"),
    ("Films of the 1940s are being restored.", "the 1940s", "DATE", "194"),
    ("Growth was strong in the 2000s.", "the 2000s", "DATE", "200"),
    ("The Games will be held in 2016 and 2020.", "2020", "DATE", "2020"),
    ("Prices doubled between 2008 and 2010.", "2008", "DATE", "2008"),
    ("Prices doubled between 2008 and 2010.", "2010", "DATE", "2010"),
    ("The plan covers the years 2014 through 2018.", "2018", "DATE", "2018"),
    ("Computers were expected to fail in the year 2000.", "the year 2000", "DATE", "2000"),
    ("The bond matures in March 2013.", "March 2013", "DATE", "2013-03"),
    ("The loss in 2012 was the first since 2008.", "2012", "DATE", "2012"),
    ("The town was razed in the 1860s.", "the 1860s", "DATE", "186"),
    ("It is the coldest March since the 1960s.", "the 1960s", "DATE", "196"),
    ("Unemployment rose in the mid-1980s.", "the mid-1980s", "DATE", "198"),
    ("This decade has seen rapid change.", "This decade", "DATE", "201"),
    ("The mill opened in the late 19th century.", "the late 19th century", "DATE", "18"),
    ("The rules date back to the 1990s.", "the 1990s", "DATE", "199"),
    # --- day-month variants -------------------------------------------------------------------
    ("The talks began on Jan 5 in Doha.", "Jan 5", "DATE", "2013-01-05"),
    ("The ruling came on 5 Jan in London.", "5 Jan", "DATE", "2013-01-05"),
    ("The law was signed on January 5th, 2013.", "January 5th, 2013", "DATE", "2013-01-05"),
    ("The trial opened on Thursday, Jan. 10.", "Thursday, Jan. 10", "DATE", "2013-01-10"),
    ("The vote is set for Monday, April 1.", "Monday, April 1", "DATE", "2013-04-01"),
    ("Rebels entered the capital on 12 February.", "12 February", "DATE", "2013-02-12"),
    ("The ship sailed on February 12th.", "February 12th", "DATE", "2013-02-12"),
    ("The plant shut on Feb 12 2013.", "Feb 12 2013", "DATE", "2013-02-12"),
    ("The report came out on 12.02.2013.", "12.02.2013", "DATE", "2013-02-12"),
    ("The law took effect on Sept 1.", "Sept 1", "DATE", "2012-09-01"),
    ("The bank cut rates on Dec. 12, 2012.", "Dec. 12, 2012", "DATE", "2012-12-12"),
    ("Monday's attack killed 12 people.", "Monday", "DATE", "2013-03-18"),
    ("The panel will report by June 30.", "June 30", "DATE", "2013-06-30"),
    ("The case was filed in June.", "June", "DATE", "2012-06"),
    ("Prices rose in February.", "February", "DATE", "2013-02"),
    ("The game was postponed until April 2.", "April 2", "DATE", "2013-04-02"),
    # --- clock times, more ----------------------------------------------------------------------
    ("The rally began at 2:30 p.m. Monday.", "2:30 p.m. Monday", "TIME", "2013-03-18T14:30"),
    ("The attack began at 10 a.m. local time.", "10 a.m. local time", "TIME", "2013-03-20T10:00"),
    ("The plane took off at 0630 GMT.", "0630 GMT", "TIME", "2013-03-20T06:30"),
    ("The shooting happened at about 11 p.m. Saturday.", "about 11 p.m. Saturday", "TIME", "2013-03-16T23:00"),
    ("Voting ends at 8 p.m. tomorrow.", "8 p.m. tomorrow", "TIME", "2013-03-21T20:00"),
    ("The strike starts at midnight tonight.", "midnight tonight", "TIME", "2013-03-20T24:00"),
    ("The rocket launched at 6:15 this morning.", "6:15 this morning", "TIME", "2013-03-20T06:15"),
    ("Troops moved in at dawn on Monday.", "Monday", "DATE", "2013-03-18"),
    # --- sets, more -----------------------------------------------------------------------------
    ("The games are held every four years.", "every four years", "SET", "P4Y"),
    ("The board meets three times a year.", "three times a year", "SET", "P1Y"),
    ("The market is busy on weekends.", "weekends", "SET", "XXXX-WXX-WE"),
    ("The cabinet meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"),
    ("The paper is printed twice a day.", "twice a day", "SET", "P1D"),
    ("The ferry sails four times a week.", "four times a week", "SET", "P1W"),
    ("Guards patrol the fence every day.", "every day", "SET", "P1D"),
    ("The index is updated every hour.", "every hour", "SET", "PT1H"),
    ("The festival takes place each summer.", "each summer", "SET", "XXXX-SU"),
    ("The report is released every January.", "every January", "SET", "XXXX-01"),
    ("Visitors come every weekend.", "every weekend", "SET", "XXXX-WXX-WE"),
    ("Fees are reviewed yearly.", "yearly", "SET", "P1Y"),
    # --- holidays, more ---------------------------------------------------------------------------
    ("Stores were busy on Valentine's Day.", "Valentine's Day", "DATE", "2013-02-14"),
    ("The parade will be held on Labor Day.", "Labor Day", "DATE", "2013-09-02"),
    ("The ceasefire was agreed on Christmas Day 2011.", "Christmas Day 2011", "DATE", "2011-12-25"),
    ("Turkeys are sold before Thanksgiving Day.", "Thanksgiving Day", "DATE", "2013-11-28"),
    ("Children went trick-or-treating on Halloween.", "Halloween", "DATE", "2012-10-31"),
    ("Celebrations were held on New Year's Day 2013.", "New Year's Day 2013", "DATE", "2013-01-01"),
    ("Shoppers crowded malls last Christmas.", "last Christmas", "DATE", "2012-12-25"),
    # --- quarters, more ----------------------------------------------------------------------------
    ("The firm expects to return to profit in the first quarter of next year.",
     "the first quarter of next year", "DATE", "2014-Q1"),
    ("Revenue fell in the final quarter of 2012.", "the final quarter of 2012", "DATE", "2012-Q4"),
    ("Earnings rose in the second quarter of 2012.", "the second quarter of 2012", "DATE", "2012-Q2"),
    ("First-quarter sales will be released next month.", "First-quarter", "DATE", "2013-Q1"),
    ("Sales in Q1 rose 4 percent.", "Q1", "DATE", "2013-Q1"),
    ("Growth picked up in the first half.", "the first half", "DATE", "2013-H1"),
    ("The firm expects fiscal 2013 revenue to rise.", "fiscal 2013", "DATE", "2013"),
    # --- vague, more --------------------------------------------------------------------------------
    ("Tensions have been rising in recent months.", "recent months", "DURATION", "PXM"),
    ("Violence has surged in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("The plan will be unveiled in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    ("Prices have risen in recent days.", "recent days", "DURATION", "PXD"),
    ("The ruling could come any day now.", "now", "DATE", "PRESENT_REF"),
    ("The plant was built earlier, in the 1950s.", "the 1950s", "DATE", "195"),
    ("For now, the talks are on hold.", "now", "DATE", "PRESENT_REF"),
    ("The bank will reassess the plan in the long term.", "the long term", "DATE", "FUTURE_REF"),
    ("The law is still in force today.", "today", "DATE", "2013-03-20"),
    # --- holidays, movable and fixed ---------------------------------------------------------
    ("Pilgrims will gather on Palm Sunday.", "Palm Sunday", "DATE", "2013-03-24"),
    ("Banks will be closed on Easter Monday.", "Easter Monday", "DATE", "2013-04-01"),
    ("The carnival peaked on Mardi Gras.", "Mardi Gras", "DATE", "2013-02-12"),
    ("Flowers will sell out before Mother's Day.", "Mother's Day", "DATE", "2013-05-12"),
    ("Voters went to the polls on Election Day.", "Election Day", "DATE", "2012-11-06"),
    ("Shoppers lined up on Black Friday.", "Black Friday", "DATE", "2012-11-23"),
    ("The city marks Canada Day with fireworks.", "Canada Day", "DATE", "2013-07-01"),
    ("Wreaths were laid on Remembrance Day.", "Remembrance Day", "DATE", "2012-11-11"),
    ("The parade was held on St. Patrick's Day.", "St. Patrick's Day", "DATE", "2013-03-17"),
    ("Offices shut on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "DATE", "2013-01-21"),
    ("The ceremony is held on Memorial Day.", "Memorial Day", "DATE", "2013-05-27"),
    ("Sales rose after New Year’s Day.", "New Year’s Day", "DATE", "2013-01-01"),
    ("The army landed on Christmas Eve 1944.", "Christmas Eve 1944", "DATE", "1944-12-24"),
    ("Troops will be home by Christmas.", "Christmas", "DATE", "2013-12-25"),
    # --- more calendar shapes ------------------------------------------------------------------
    ("WASHINGTON, MARCH 19, 2013 -- The Senate voted.", "MARCH 19, 2013", "DATE", "2013-03-19"),
    ("Shares rose this past week.", "this past week", "DATE", "2013-W11"),
    ("Storms hit the coast over the past weekend.", "the past weekend", "DATE", "2013-W11-WE"),
    ("The plan was approved last Tuesday night.", "last Tuesday night", "TIME", "2013-03-12TNI"),
    ("Rioting broke out late Friday night.", "late Friday night", "TIME", "2013-03-15TNI"),
    ("The attack occurred on Friday, March 15, 2013.", "Friday, March 15, 2013", "DATE", "2013-03-15"),
    ("The fair runs from March 1 to March 10.", "March 10", "DATE", "2013-03-10"),
    ("The fair runs from March 1 to March 10.", "March 1", "DATE", "2013-03-01"),
    ("Prices were recorded in the 12 months to February.", "the 12 months", "DURATION", "P12M"),
    ("Sales are up 4 percent so far this year.", "this year", "DATE", "2013"),
    ("Officials said days ago that the plant was safe.", "days ago", "DATE", "PAST_REF"),
    ("A few days ago, the army withdrew.", "A few days ago", "DATE", "PAST_REF"),
    ("The boom of the mid-2000s ended abruptly.", "the mid-2000s", "DATE", "200"),
    ("The firm was founded in the early '90s.", "the early '90s", "DATE", "199"),
    ("The 1990s saw rapid growth.", "The 1990s", "DATE", "199"),
    ("Planning began in 2011 and work in 2012.", "2011", "DATE", "2011"),
    ("The company's 2012 revenue fell.", "2012", "DATE", "2012"),
    ("Results for the year ended Dec. 31 were mixed.", "Dec. 31", "DATE", "2012-12-31"),
    ("The bonds mature in 2020, the treasury said.", "2020", "DATE", "2020"),
    ("The rate will reach 4% by mid-2014.", "mid-2014", "DATE", "2014"),
    ("The talks will continue through the end of the month.", "the end of the month", "DATE", "2013-03"),
    ("The reform was delayed until next spring.", "next spring", "DATE", "2014-SP"),
    ("The river froze last winter.", "last winter", "DATE", "2012-WI"),
    ("The rules were set in the winter of 2010.", "the winter of 2010", "DATE", "2010-WI"),
    ("The plant opened in the summer of '98.", "the summer of '98", "DATE", "1998-SU"),
    ("Shops will be shut for the Easter weekend.", "the Easter weekend", "DATE", "2013-W13-WE"),
    ("The firm will hire 300 workers next year and 500 the year after.", "the year after", "DATE", "2015"),
    ("The strike ended on March 5. Two days later, talks resumed.", "Two days", "DURATION", "P2D"),
    ("The body was found a week later.", "a week", "DURATION", "P1W"),
    ("Six months after the flood, the town is still in ruins.", "Six months", "DURATION", "P6M"),
    ("It was the first increase in three years.", "three years", "DURATION", "P3Y"),
    ("The market had its worst day since 2008.", "2008", "DATE", "2008"),
    ("The system will be phased in over the next decade.", "the next decade", "DURATION", "P10Y"),
    ("The race was run on a Sunday in 1998.", "1998", "DATE", "1998"),
    ("The paper went daily in 1910.", "1910", "DATE", "1910"),
    ("He has been in office since January.", "January", "DATE", "2013-01"),
    # "last January" in March is the January just gone
    ("He has been in office since last January.", "last January", "DATE", "2013-01"),
    ("He will take office next January.", "next January", "DATE", "2014-01"),
    ("The mine flooded last February.", "last February", "DATE", "2012-02"),
    ("Rescuers arrived mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2013-03-19TAF"),
    ("The plane landed in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"),
    ("The flood came in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE",
     "1994-WI"),
    ("Exiles hope they will one day return home.", "one day", "DATE", "FUTURE_REF"),
    ("Someday the border will reopen.", "Someday", "DATE", "FUTURE_REF"),
    ("The mill closed in the autumn.", "the autumn", "DATE", "2012-FA"),
    # --- compounds written solid, adjectives, and other rarer shapes --------------------------
    ("The weeklong festival drew large crowds.", "weeklong", "DURATION", "P1W"),
    ("A yearlong inquiry found no wrongdoing.", "yearlong", "DURATION", "P1Y"),
    ("The daylong strike shut schools.", "daylong", "DURATION", "P1D"),
    ("A monthlong campaign began in March.", "monthlong", "DURATION", "P1M"),
    ("The hourlong speech was interrupted twice.", "hourlong", "DURATION", "PT1H"),
    ("The 19th-century building was restored.", "19th-century", "DATE", "18"),
    ("The decade-long war ended in 2011.", "decade-long", "DURATION", "P10Y"),
    ("The two-week trip was cut short.", "two-week", "DURATION", "P2W"),
    ("The rally began at 5:30 p.m. ET.", "5:30 p.m. ET", "TIME", "2013-03-20T17:30"),
    ("The launch is set for 3 p.m. PT.", "3 p.m. PT", "TIME", "2013-03-20T15:00"),
    ("The decision is due at noon ET.", "noon ET", "TIME", "2013-03-20T12:00"),
    ("Trading halted at 9:00 a.m. sharp.", "9:00 a.m.", "TIME", "2013-03-20T09:00"),
    ("The fire broke out at 12:30 a.m.", "12:30 a.m.", "TIME", "2013-03-20T00:30"),
    ("The polls closed at 0900 local time.", "0900 local time", "TIME", "2013-03-20T09:00"),
    ("The market opened at 9:30 a.m. EDT Tuesday.", "9:30 a.m. EDT Tuesday", "TIME", "2013-03-19T09:30"),
    ("The bank's profit rose in 2013's first quarter.", "2013's first quarter", "DATE", "2013-Q1"),
    ("Sales rose in the January-March quarter.", "the January-March quarter", "DATE", "2013-Q1"),
    ("Exports fell in the three months to February.", "the three months", "DURATION", "P3M"),
    ("The budget for FY2013 was approved.", "FY2013", "DATE", "2013"),
    ("The budget for FY 2014 was approved.", "FY 2014", "DATE", "2014"),
    ("Unemployment fell in the first two months of the year.", "the first two months", "DURATION", "P2M"),
    ("Rates will be cut by end-2013.", "end-2013", "DATE", "2013"),
    ("The deal will close in end-March.", "end-March", "DATE", "2013-03"),
    ("The attack occurred on the 15th, officials said.", "the 15th", "DATE", "2013-03-15"),
    ("The plant will reopen on the 28th.", "the 28th", "DATE", "2013-03-28"),
    ("The bombing came at dusk on Friday.", "Friday", "DATE", "2013-03-15"),
    ("The party was held on Tuesday (March 19).", "March 19", "DATE", "2013-03-19"),
    ("Rain is forecast for the rest of the week.", "the rest of the week", "DATE", "2013-W12"),
    ("Troops will stay for the rest of the year.", "the rest of the year", "DATE", "2013"),
    ("The agency was created in 1947 and reformed in the 1970s.", "1947", "DATE", "1947"),
    ("Output in the past two years has doubled.", "the past two years", "DURATION", "P2Y"),
    ("The index rose for the first time since 2009.", "2009", "DATE", "2009"),
    ("The court will rule within a year.", "a year", "DURATION", "P1Y"),
    ("The bill must pass by June.", "June", "DATE", "2013-06"),
    ("The river rose overnight Tuesday.", "overnight Tuesday", "TIME", "2013-03-19TNI"),
    ("Workers were told to return Monday morning.", "Monday morning", "TIME", "2013-03-25TMO"),
    ("The storm is expected to hit late Thursday.", "late Thursday", "DATE", "2013-03-21"),
    ("The payment is due on the last day of the month.", "the last day of the month", "DATE", "2013-03-31"),
    ("The vote is due on the first day of next month.", "the first day of next month", "DATE", "2013-04-01"),
    ("The law takes effect on the first of April.", "the first of April", "DATE", "2013-04-01"),
    ("The school year ends in mid-June.", "mid-June", "DATE", "2013-06"),
    ("The ban expires at the end of 2014.", "the end of 2014", "DATE", "2014"),
    # --- modifiers and fractions of larger units ------------------------------------------------
    ("The firm has struggled for a quarter-century.", "quarter-century", "DURATION", "P25Y"),
    ("The rule was in place for half a decade.", "half a decade", "DURATION", "P5Y"),
    ("The tradition goes back a half-century.", "half-century", "DURATION", "P50Y"),
    ("A half-hour program followed the news.", "half-hour", "DURATION", "PT30M"),
    ("The vote took a half hour.", "a half hour", "DURATION", "PT30M"),
    ("The standoff lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
    ("It happened some 20 years ago.", "some 20 years ago", "DATE", "1993"),
    ("The town was rebuilt some 20 years later.", "some 20 years", "DURATION", "P20Y"),
    ("The firm was founded just over a decade ago.", "over a decade ago", "DATE", "2003"),
    # like "just", "barely" stays outside (TE3)
    ("The strike lasted barely a week.", "a week", "DURATION", "P1W"),
    ("The law has been in force for well under a year.", "well under a year", "DURATION", "P1Y"),
    ("The site was closed for a little more than a month.", "a little more than a month", "DURATION", "P1M"),
    ("The deal will be done in two weeks' time.", "two weeks", "DURATION", "P2W"),
    ("He spent the better part of a decade abroad.", "the better part of a decade", "DURATION", "P10Y"),
    ("The ruling came earlier Tuesday.", "Tuesday", "DATE", "2013-03-19"),
    ("The leader spoke later Wednesday.", "Wednesday", "DATE", "2013-03-20"),
    ("The company was profitable in late 2012 or early 2013.", "early 2013", "DATE", "2013"),
    ("The technology dates from the 21st century.", "the 21st century", "DATE", "20"),
    ("The case was closed within a matter of weeks.", "weeks", "DURATION", "PXW"),
    ("The river has not been this high in more than 100 years.", "more than 100 years", "DURATION", "P100Y"),
    ("The index has fallen nearly 40 percent in two years.", "two years", "DURATION", "P2Y"),
    ("The firm posted its first annual loss in 2012.", "2012", "DATE", "2012"),
    ("The Tuesday meeting was cancelled.", "Tuesday", "DATE", "2013-03-19"),
    ("The March 1 deadline passed without a deal.", "March 1", "DATE", "2013-03-01"),
    ("The 2008 financial crisis hit the bank hard.", "2008", "DATE", "2008"),
    ("The mid-March deadline is fast approaching.", "mid-March", "DATE", "2013-03"),
    ("The hearing will be held the week of April 8.", "the week of April 8", "DATE", "2013-W15"),
    ("The center was busy in the week of March 4, 2013.", "the week of March 4, 2013", "DATE", "2013-W10"),
    ("Prices have fallen over the past few days.", "the past few days", "DURATION", "PXD"),
    ("The bank will decide over the next several weeks.", "the next several weeks", "DURATION", "PXW"),
    # --- two expressions read together ------------------------------------------------------------
    ("Snow fell from Tuesday through Thursday.", "Thursday", "DATE", "2013-03-21"),
    ("Shares were bought from March 4 to Thursday.", "Thursday", "DATE", "2013-03-14"),
    ("The summit will open on March 28 at 10 a.m.", "10 a.m.", "TIME", "2013-03-28T10:00"),
    ("Posted 03/19/2013 10:12 am EDT", "03/19/2013 10:12 am EDT", "TIME", "2013-03-19T10:12"),
    ("The summit opened on Tuesday at 10 a.m.", "10 a.m.", "TIME", "2013-03-19T10:00"),
    ("SENATE PASSES BUDGET BILL ON TUESDAY", "TUESDAY", "DATE", "2013-03-19"),
    # a season modifying a noun is still a date (SCHEMA seeds: "their summer offensive"), without the noun's article
    ("The winter storm closed schools.", "winter", "DATE", "2012-WI"),
    ("The blast came on March 3, 2012. Later in the day, troops arrived.", "the day", "DATE", "2012-03-03"),
    ("Earlier in the week, the minister resigned.", "the week", "DATE", "2013-W12"),
    ("The bomb exploded on March 3. That evening, police closed the road.", "That evening", "TIME",
     "2013-03-03TEV"),
    ("The ceasefire took effect at 6 a.m. (0400 GMT).", "0400 GMT", "TIME", "2013-03-20T04:00"),
    ("The company reports earnings every three months.", "every three months", "SET", "P3M"),
    ("The band played for three nights in a row.", "three nights", "DURATION", "P3D"),
    ("Inspections happen every few years.", "every few years", "SET", "PXY"),
    ("The paper is published twice weekly.", "twice weekly", "SET", "P1W"),
    ("The clinic is open three days a week.", "three days a week", "SET", "P1W"),
    ("He visits his mother every Sunday afternoon.", "every Sunday afternoon", "SET", "XXXX-WXX-7TAF"),
    ("Tourists flock there every summer.", "every summer", "SET", "XXXX-SU"),
    ("Prices are reported each quarter.", "each quarter", "SET", "P1Q"),
    ("The first half of the 20th century saw two world wars.", "The first half of the 20th century", "DATE", "19"),
    ("Talks ran past midnight on Tuesday.", "midnight", "TIME", "2013-03-19T24:00"),
    ("The video was made as a trap over a year ago.", "over a year ago", "DATE", "2012"),
    # counted units written largest first are one length; "between two and three" a range
    ("The final lasted five hours and 29 minutes.", "five hours and 29 minutes", "DURATION", "PT5H29M"),
    ("He won in 2 hours, 4 minutes and 45 seconds.", "2 hours, 4 minutes and 45 seconds", "DURATION", "PT2H4M45S"),
    ("He served two years and three months in prison.", "two years and three months", "DURATION", "P2Y3M"),
    ("The man lived for one hundred and five years.", "one hundred and five years", "DURATION", "P105Y"),
    ("Between two and three years passed.", "two and three years", "DURATION", "P2Y"),
    # named time zones belong to the clock time; a clock time on a holiday falls on it
    ("The marathon started at 8 a.m. Paris time on Saturday.", "8 a.m. Paris time", "TIME", "2013-03-16T08:00"),
    ("The strike hit at 3 a.m. Kyiv time.", "3 a.m. Kyiv time", "TIME", "2013-03-20T03:00"),
    ("Polls will close at 8 p.m. on Christmas Eve.", "8 p.m.", "TIME", "2013-12-24T20:00"),
    ("A decision is expected by year's end.", "year's end", "DATE", "2013"),
    ("The storm is set to arrive midweek.", "midweek", "DATE", "2013-W12"),
    ("The telescope will launch no earlier than 2027.", "2027", "DATE", "2027"),
    ("The units were pulled back in the last days of February.", "the last days of February", "DATE", "2013-02"),
    ("The troops were last seen around March 10.", "around March 10", "DATE", "2013-03-10"),
    ("They first engaged Ukrainian troops on about March 4.", "about March 4", "DATE", "2013-03-04"),
    ("North Korea last fought a war in 1950-53.", "53", "DATE", "1953"),
    # British and European forms
    ("Elections will take place on Sunday 24 March.", "Sunday 24 March", "DATE", "2013-03-24"),
    ("The talks are scheduled for 1-3 April.", "3 April", "DATE", "2013-04-03"),
    ("The exhibition runs from 5 to 9 April in Seoul.", "5", "DATE", "2013-04-05"),
    ("The festival began on 10 February this year.", "10 February this year", "DATE", "2013-02-10"),
    ("The figures, published on 31/01/2013, showed a rise.", "31/01/2013", "DATE", "2013-01-31"),
    ("Russia invaded at around 05:00 Kyiv time on 24 February 2022.", "around 05:00 Kyiv time", "TIME",
     "2022-02-24T05:00"),
    ("As of 08:00, air defences had shot down 30 drones.", "08:00", "TIME", "2013-03-20T08:00"),
    ("The fortnight-long strike ended on Tuesday.", "fortnight-long", "DURATION", "P2W"),
    ("The ship was seized on March 15. Late that night, officers boarded it.", "Late that night", "TIME",
     "2013-03-15TNI"),
    ("He took off from Baku on Christmas morning.", "Christmas morning", "TIME", "2012-12-25TMO"),
    ("Russia marked Victory Day with a parade.", "Victory Day", "DATE", "2012-05-09"),
    ("Ukraine marked Independence Day with a prisoner swap.", "Independence Day", "DATE", "2012-08-24"),
    ("Americans celebrated Independence Day with fireworks.", "Independence Day", "DATE", "2012-07-04"),
    ("The curfew runs from 1 a.m. to 5 a.m. on Monday.", "1 a.m.", "TIME", "2013-03-18T01:00"),
    ("The blast came at roughly 3:15 p.m.", "roughly 3:15 p.m.", "TIME", "2013-03-20T15:15"),
    ("The show airs at 10:30 tonight.", "10:30 tonight", "TIME", "2013-03-20T22:30"),
    ("The vote was moved to June rather than March.", "March", "DATE", "2013-03"),
    # no-break spaces inside an expression are spaces
    ("The dynasty ruled for more than\u00a0200 years.", "more than\u00a0200 years", "DURATION", "P200Y"),
    ("The accord was signed on March\u00a05, 2012.", "March\u00a05, 2012", "DATE", "2012-03-05"),
    # a future clause dates what hangs from it: an adjective's infinitive, a small clause, a
    # noun's infinitive; a modal further up does not date a noun's day ("Friday's ruling")
    ("Some teens will be eligible to vote in the primary on Tuesday.", "Tuesday", "DATE", "2013-03-26"),
    ("Voters will have a chance to make their voice known on Tuesday.", "Tuesday", "DATE", "2013-03-26"),
    ("Relatives said they would look for ways to get around Friday's ruling.", "Friday", "DATE", "2013-03-15"),
    # a coming day without "will": forecast, due, set to, "starting"; a reporting verb's day is
    # the day of the saying, wherever the parser hangs it
    ("Another cold front is forecast for Thursday.", "Thursday", "DATE", "2013-03-21"),
    ("More snow is due on Tuesday in Chicago.", "Tuesday", "DATE", "2013-03-26"),
    ("The flood watch expires at 4 p.m. Monday.", "4 p.m. Monday", "TIME", "2013-03-25T16:00"),
    ("Netflix is set to report results on Tuesday.", "Tuesday", "DATE", "2013-03-26"),
    ("Starting Monday, the park will be closed.", "Monday", "DATE", "2013-03-25"),
    ("Trump said on Monday he would give Putin more time.", "Monday", "DATE", "2013-03-18"),
    ("The Kremlin said on Tuesday it will study the offer.", "Tuesday", "DATE", "2013-03-19"),
    ("Drones struck the refinery overnight on March 14, sparking a fire.", "overnight", "TIME", "2013-03-14TNI"),
    ("Russia launched 267 drones overnight on Saturday.", "overnight", "TIME", "2013-03-16TNI"),
    ("Hurricane Debby made landfall early Monday, March 18, in Florida.", "early Monday, March 18", "DATE", "2013-03-18"),
    # the clock time falls on the day beside it, whichever way that day's clause looks
    ("The deal expires at midnight on Thursday.", "midnight", "TIME", "2013-03-21T24:00"),
    ("The offer expires at midnight on Thursday.", "Thursday", "DATE", "2013-03-21"),
    # a plan told in the past perfect has lapsed; one told in the simple past still lies ahead
    ("The offer had been due to expire Friday evening.", "Friday evening", "TIME", "2013-03-15TEV"),
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "TIME", "2013-03-15T24:00"),
    ("The team planned to leave Nairobi on Thursday.", "Thursday", "DATE", "2013-03-21"),
    # a deadline given in the present perfect is still open
    ("The agency has given the family until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "TIME", "2013-03-26T09:00"),
    # a date after an event noun dates that event, which a future clause does not put ahead,
    # unless the noun names a scheduled event
    ("His address Sunday about the budget will be a major topic.", "Sunday", "DATE", "2013-03-17"),
    ("The slaying in Chicago on Friday will change votes.", "Friday", "DATE", "2013-03-15"),
    ("The meeting Tuesday will decide the matter.", "Tuesday", "DATE", "2013-03-26"),
    # a refusal to speak already made is the day of the refusal
    ("Schumer wouldn't say Tuesday how the party would proceed.", "Tuesday", "DATE", "2013-03-19"),
    ("The spokesman would not comment Tuesday.", "Tuesday", "DATE", "2013-03-19"),
    ("The spokesman will comment Tuesday.", "Tuesday", "DATE", "2013-03-26"),
    # two-digit years, "the coming weekend", a month before a possessed noun, "mid 2014"
    ("Her peak came the last week of October.", "the last week of October", "DATE", "2012-W43"),  # Oct. 22-28
    ("The first week of 2015 was cold.", "The first week of 2015", "DATE", "2015-W01"),
    ("The first week of next year will be cold.", "The first week of next year", "DATE", "2014-W01"),
    ("It was the highest turnout since at least 1980.", "1980", "DATE", "1980"),
    ("The fight is expected to last into the spring.", "the spring", "DATE", "2013-SP"),
    ("They debated on Monday night. Earlier in the evening, he spoke.", "the evening", "TIME", "2013-03-18TEV"),
    ("The attacks of Sept.11, 2001 changed air travel.", "Sept.11, 2001", "DATE", "2001-09-11"),
    ("He took part in the 1988 Super Tuesday.", "1988 Super Tuesday", "DATE", "1988-03-01"),
    ("In 2012 Christmas fell on a Tuesday.", "Tuesday", "DATE", "XXXX-WXX-2"),
    ("The rally is held each May.", "each May", "SET", "XXXX-05"),
    ("They revived 2008-era policies.", "2008", "DATE", "2008"),
    ("He wore a 1950s-style suit.", "1950s", "DATE", "195"),
    ("That's what he did in ’08 and ’12.", "’08", "DATE", "2008"),
    ("That's what he did in ’08 and ’12.", "’12", "DATE", "2012"),
    ("The band toured in June '98.", "June '98", "DATE", "1998-06"),
    ("He flew to Phoenix for the coming weekend.", "the coming weekend", "DATE", "2013-W12-WE"),
    ("She regretted her March comment about coal.", "March", "DATE", "2013-03"),
    ("By mid 2011, she wore a spouse's pin.", "mid 2011", "DATE", "2011"),
    # "could" speaks of a possibility ahead, unless it is denied or perceives
    ("The decision could have big consequences in November.", "November", "DATE", "2013-11"),
    ("The Senate could vote on the bill Tuesday.", "Tuesday", "DATE", "2013-03-26"),
    ("Officials could not be reached Tuesday.", "Tuesday", "DATE", "2013-03-19"),
    ("Neither he nor his lawyer could be located Monday.", "Monday", "DATE", "2013-03-18"),
    ("Residents could hear explosions on Monday night.", "Monday night", "TIME", "2013-03-18TNI"),
    ("The ceasefire took effect at 6 a.m. (0400 GMT) on Sunday.", "0400 GMT", "TIME", "2013-03-17T04:00"),
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "about 10:35 a.m.", "TIME", "2013-03-15T10:35"),
    ("Slepian was shot on Friday, Oct. 23, 1998. He died at 10 p.m. in his kitchen.", "10 p.m.", "TIME", "1998-10-23T22:00"),
    ("The vote closes at 5 p.m. on March 29.", "5 p.m.", "TIME", "2013-03-29T17:00"),
    ("\"Today we mourn,\" the mayor said.", "Today", "DATE", "2013-03-20"),
    # typographic apostrophes, as most web copy prints them
    ("He tweeted at three o’clock in the morning.", "three o’clock in the morning", "TIME", "2013-03-20T03:00"),
    ("Rents soared in the ’90s.", "the ’90s", "DATE", "199"),
    # "over" a duration: longer than it after "lasted"/"for"/"in", spread across it after an amount
    ("The budget cuts $1.2 trillion over 10 years.", "10 years", "DURATION", "P10Y"),
    ("The siege lasted over a week.", "over a week", "DURATION", "P1W"),
    ("They work 35-plus hours a week.", "35-plus hours", "DURATION", "PT35H"),
    ("Over the past three weeks, he met donors daily.", "the past three weeks", "DURATION", "P3W"),
    ("He has not paid taxes in over a decade.", "over a decade", "DURATION", "P10Y"),
    ("Democrats asked for an extra week of early voting.", "an extra week", "DURATION", "P1W"),
    ("The media focuses on it every single day.", "every single day", "SET", "P1D"),
    ("Volunteers will drive voters to the polls on election day.", "election day", "DATE", "2013-11-05"),
    ("During a May interview, he said it.", "May", "DATE", "2012-05"),
    # a day anaphor after a month or a year: that month or year, the day unknown
    ("He predicted a win in March 2012. In an interview later that day, he repeated it.", "later that day",
     "DATE", "2012-03-XX"),
    ("The envoy visited Cairo in 2010. The day before, he met the king.", "The day before", "DATE", "2010-XX-XX"),
    ("NATO was set up a long time ago.", "a long time ago", "DATE", "PAST_REF"),
    ("Researchers hope one day to harness the reaction.", "one day", "DATE", "FUTURE_REF"),
    ("He served 5 ½ years in prison.", "5 ½ years", "DURATION", "P5Y6M"),
    ("Half a year later, the plant closed.", "Half a year", "DURATION", "P6M"),
    ("He changed his mind three or four months ago.", "three or four months ago", "DATE", "2012-12"),
    ("Polls were taken the first week of March.", "the first week of March", "DATE", "2013-W10"),
    ("He campaigned in the last week of January 2016.", "the last week of January 2016", "DATE", "2016-W04"),
    ("The party was reinvented a quarter-century ago.", "a quarter-century ago", "DATE", "1988"),
    ("It has grown over the past seven-and-a-half years.", "the past seven-and-a-half years", "DURATION", "P7Y6M"),
    ("He arrived two months ahead of the election.", "two months", "DURATION", "P2M"),
    ("In the 95 minute rant, he attacked everyone.", "95 minute", "DURATION", "PT95M"),
    ("Ohio cut its remaining 29-day early voting period.", "29-day", "DURATION", "P29D"),
    ("The email appears to contradict 2011 comments by the minister.", "2011", "DATE", "2011"),
    ("He walked back his comments a day after he made them.", "a day", "DURATION", "P1D"),
    ("Trump spoke Monday night. The speech ended close to midnight.", "midnight", "TIME", "2013-03-18T24:00"),
    ("The delegates met on Monday. By late afternoon, the floor was full.", "late afternoon", "TIME", "2013-03-18TAF"),
    ("I saw him a few months back.", "a few months back", "DATE", "PAST_REF"),
    ("He moved to Ohio two years back.", "two years back", "DATE", "2011"),
    ("Years from now, historians will judge him.", "Years from now", "DATE", "FUTURE_REF"),
    ("The repairs took two or more years.", "two or more years", "DURATION", "P2Y"),
    # the paper's own weekday is the day of writing, also in a future clause
    ("The minister will speak in parliament on Wednesday.", "Wednesday", "DATE", "2013-03-20"),
    ("The president will address the nation later Wednesday.", "Wednesday", "DATE", "2013-03-20"),
    ("Supporters plan to rally Wednesday evening outside the court.", "Wednesday evening", "TIME", "2013-03-20TEV"),
    # --- other pubs: year-less dates against another anchor -------------------------------
    # review of PolNeAR train 0-534, second pass
    ("She had a great line a while back.", "a while back", "DATE", "PAST_REF"),
    ("The program closed in subsequent years.", "subsequent years", "DURATION", "PXY"),
    ("But in the later years he got his money.", "the later years", "DURATION", "PXY"),
    ("They are spending their final days in Washington.", "their final days", "DURATION", "PXD"),
    ("He recalled those first few days after the shooting.", "first few days", "DURATION", "PXD"),
    ("After that fateful day, she called on lawmakers to act.", "that fateful day", "DATE", "XXXX-XX-XX"),
    ("Imagine a tomorrow where hard work is honored.", "tomorrow", "DATE", "FUTURE_REF"),
    ("I had to do one day a week of community service.", "one day a week", "SET", "P1W"),
    ("By law, the president every fiscal year sets the maximum.", "every fiscal year", "SET", "P1Y"),
    ("Cruz was also endorsed the day before by Carly Fiorina.", "the day before", "DATE", "2013-03-19"),
    ("She won, following a day in which she criticized him.", "a day", "DURATION", "P1D"),
    ("King won titles in the 1960s and 70s, while Ali was rising.", "70s", "DATE", "197"),
    ("He is a better president than any of the Republican 2016 hopefuls.", "2016", "DATE", "2016"),
    ("The pilot had logged 2,766 flying hours with EgyptAir.", "2,766 flying hours", "DURATION", "PT2766H"),
    ("They are the presidential candidates of tomorrow.", "tomorrow", "DATE", "FUTURE_REF"),
    ("He holds a commanding lead in delegates a month into the contest.", "a month", "DURATION", "P1M"),
    ("The vote came Tuesday midmorning.", "Tuesday midmorning", "TIME", "2013-03-19TMO"),
    ("I think I was asked this a couple months ago.", "a couple months ago", "DATE", "2013-01"),
    ("It lasted a couple weeks.", "a couple weeks", "DURATION", "P2W"),
    ("He is in the waning months of his second term.", "the waning months", "DURATION", "PXM"),
    # "post-"/"pre-" a year: the year, with the side it opens
    ("The post-2008 recovery was slow.", "post-2008", "DATE", "2008"),
    ("Voters recalled the pre-1990 system.", "pre-1990", "DATE", "1990"),
    # "zero" counts too
    ("The exploit gave zero days of warning.", "zero days", "DURATION", "P0D"),
    # "one day" after a modal or an infinitive's "to" is some day ahead
    ("It is a road that could one day stretch from Asia to Europe.", "one day", "DATE", "FUTURE_REF"),
    ("He hopes to one day run for governor.", "one day", "DATE", "FUTURE_REF"),
    ("He was sentenced to one day in jail.", "one day", "DURATION", "P1D"),
    # "half-dozen" counts six
    ("Stumbles over the past half-dozen days hurt him.", "the past half-dozen days", "DURATION", "P6D"),
    # "of yesterday" after a noun is an era
    ("He offers only the rhetoric of yesterday.", "yesterday", "DATE", "PAST_REF"),
    # a bare plural unit after a name is a length when "later"/"after" follows
    ("He returned to Benghazi weeks later.", "weeks", "DURATION", "PXW"),
    # "the past decade and a half": one and a half units
    ("He attacked the policies of the past decade and a half.", "the past decade and a half", "DURATION", "P15Y"),
    # an evaluative adjective between the count and the unit belongs to the duration
    ("The events capped off three remarkable weeks for Cruz.", "three remarkable weeks", "DURATION", "P3W"),
    ("It was a trap that was a year in the making.", "a year", "DURATION", "P1Y"),
    ("After spending months trying to win them over, he quit.", "months", "DURATION", "PXM"),
    # a weekday naming a kind of weekly event recurs
    ("He hosts a Sunday talk show on CBS.", "Sunday", "SET", "XXXX-WXX-7"),
    # a decade of a century
    ("In the first decade of the 21st century, prices rose.", "the first decade of the 21st century", "DATE", "200"),
    # "on a recent afternoon" at a sentence's end
    ("She spoke to reporters on a recent afternoon.", "a recent afternoon", "TIME", "XXXX-XX-XXTAF"),
    # a clock time in a present clause that says it recurs is a time of any day
    ("The show airs weekdays from 6:00 a.m. to 9:00 a.m.", "6:00 a.m.", "TIME", "XXXX-XX-XXT06:00"),
    ("The day shift usually starts at 6 a.m.", "6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
    ("The polls open at 6 a.m.", "6 a.m.", "TIME", "2013-03-20T06:00"),
    ("A deal came after hours of talks.", "hours", "DURATION", "PTXH"),
    # an ordinal hour of an event is an hour long, at no clock time
    ("In the first hour of the debate, Trump attacked.", "the first hour", "DURATION", "PT1H"),
    # the part of a day's event, not of the week: "the end of" goes with "contests"
    ("By the end of next week's contests in Pennsylvania, he will lead.", "next week", "DATE", "2013-W13"),
    # capitals after a lower-case word are emphasis, not a name
    ("We need it NOW!", "NOW", "DATE", "PRESENT_REF"),
    # a fronted "previously" dates its clause even on a passive participle
    ("Previously, a man who honeymooned in Cuba would be disqualified.", "Previously", "DATE", "PAST_REF"),
    # "move past" takes a preposition, not a modifier of the days
    ("They seek to move past days of turmoil.", "days", "DURATION", "PXD"),
    # an ordinal period that cannot be placed keeps the granularity of its unit word
    ("The survey marks the third week of the strike.", "the third week", "DATE", "XXXX-WXX"),
    ("The company enters its second decade.", "its second decade", "DATE", "XXX"),
    # a quarter named by what was counted in it
    ("His haul in the third fundraising quarter was big.", "the third fundraising quarter", "DATE", "2012-Q3"),
    # a counted noun divides a rate only after a number
    ("The company does not offer workers a single day of paid leave.", "a single day", "DURATION", "P1D"),
    # a range across months whose second day is glued to the abbreviation's period
    ("Polls taken Jan. 27-Feb.1 showed a late swing.", "Feb.1", "DATE", "2013-02-01"),
    # a month or season in a sentence about what usually happens is any year's
    ("Turnout in the primaries often does not translate into a victory in November.", "November", "DATE", "XXXX-11"),
    ("Prices usually rise in the summer.", "the summer", "DATE", "XXXX-SU"),
    ("Prices rose in the summer.", "the summer", "DATE", "2012-SU"),
    # an ordinal day set equal to a date is that date; "it is the second day" is the day of writing
    ("In Saudi Arabia, today is the eighth day of the operation.", "the eighth day", "DATE", "2013-03-20"),
    ("Because Thursday was the first day for nominations, the bank moved fast.", "the first day", "DATE",
     "2013-03-14"),
    ("More gunfire in the province. It's the second day of an offensive by the army.", "the second day", "DATE",
     "2013-03-20"),
    ("Protesters gathered on the first day of the convention.", "the first day", "DATE", "XXXX-XX-XX"),
    # midnight that opens a range to a morning hour is the start of the day, not its end
    ("The curfew runs from midnight to 6 a.m.", "midnight", "TIME", "2013-03-20T00:00"),
    ("The deadline is midnight.", "midnight", "TIME", "2013-03-20T24:00"),
    # "last" before a weekday that a full date follows belongs to the expression
    ("The survey began last Friday, March 15, and ran four days.", "last Friday, March 15", "DATE", "2013-03-15"),
]

# (sentence, published, expected text, type, value): forms whose value depends on a different anchor
FORMS_AT: list[tuple[str, str, str, str, str]] = [
    ("The rebels seized the town in December.", "2013-01-15", "December", "DATE", "2012-12"),
    # a holiday before a noun: the clause's tense places it
    ("Thanksgiving travel is expected to peak on Wednesday.", "2013-11-25", "Thanksgiving", "DATE", "2013-11-28"),
    ("Christmas sales fell sharply.", "2013-11-25", "Christmas", "DATE", "2012-12-25"),
    # a past tense puts a holiday behind, but not one due within days ("was held the Saturday
    # before Christmas", written Dec. 23)
    ("The debate was held the Saturday before Christmas.", "2015-12-23", "the Saturday before Christmas", "DATE",
     "2015-12-19"),
    ("I guess Christmas Eve was booked.", "2015-12-23", "Christmas Eve", "DATE", "2015-12-24"),
    ("Christmas sales fell sharply.", "2016-01-10", "Christmas", "DATE", "2015-12-25"),
    # a fundraising story written in January looks back at the year just ended
    ("The campaign had $20 million in cash at year's end.", "2016-01-04", "year's end", "DATE", "2015"),
    ("The plant will close by year-end.", "2016-01-04", "year-end", "DATE", "2016-12-31"),
    ("She raised $9 million in the third quarter of the year.", "2016-01-04", "the third quarter of the year", "DATE", "2015-Q3"),
    ("Profit rose in the third quarter of the year.", "2016-10-20", "the third quarter of the year", "DATE", "2016-Q3"),
    ("He raised $30 million during the last three months of 2015, more than his rival raised in the same period.",
     "2016-01-04", "the same period", "DATE", "2015-Q4"),
    # the week or weekend of a holiday
    ("She married him on Memorial Day weekend.", "2016-07-24", "Memorial Day weekend", "DATE", "2016-W21-WE"),
    ("The shop closed for Easter week.", "2016-07-24", "Easter week", "DATE", "2016-W12"),
    # the second of two months in a row follows the first; an "October surprise" is awaited
    ("The campaign has ads reserved in December and January.", "2015-11-27", "January", "DATE", "2016-01"),
    ("Democrats fear an October cyber surprise.", "2016-08-17", "October", "DATE", "2016-10"),
    # "this week" looking ahead, written on a Sunday: the week that begins the next day
    ("The committee will meet this week.", "2016-04-17", "this week", "DATE", "2016-W16"),
    ("The committee met this week.", "2016-04-17", "this week", "DATE", "2016-W15"),
    ("The committee will meet this week.", "2016-04-16", "this week", "DATE", "2016-W15"),
    ("Her peak came the last week of October.", "2016-01-20", "the last week of October", "DATE", "2015-W44"),
    ("The last week of the year was busy.", "2016-02-01", "The last week of the year", "DATE", "2015-W53"),
    # "two summers ago": the last summer, and one more back
    ("Two summers back, I was dealing with an illness.", "2016-07-11", "Two summers back", "DATE", "2014-SU"),
    ("Three winters ago the river froze.", "2016-07-11", "Three winters ago", "DATE", "2013-WI"),
    # a time that "nears" or "approaches" is still ahead
    ("As Election Day nears, the stakes grow.", "2016-02-10", "Election Day", "DATE", "2016-11-08"),
    ("With November approaching, donors are nervous.", "2016-02-10", "November", "DATE", "2016-11"),
    # "a week or a month ago": the "ago" is both durations
    ("That is as true today as it was a week or a month ago.", "2016-06-08", "a week", "DATE", "2016-W22"),
    ("It took a week or a month.", "2016-06-08", "a week", "DURATION", "P1W"),
    # a deictic inside a quotation counts from the day it was said
    ('Paul said on CNN Thursday: "There is only one debate tonight."', "2016-01-15", "tonight", "TIME",
     "2016-01-14TNI"),
    ('"I will define that tomorrow," Trump told ABC on Sunday.', "2016-01-15", "tomorrow", "DATE", "2016-01-11"),
    ('"We won today," he said.', "2016-01-15", "today", "DATE", "2016-01-15"),
    # "later Monday": later on the day being reported, not a Monday ahead (TimeBank leaves "later" out, 4 of 5)
    ("He may face a skeptical audience when he speaks later Monday.", "2016-03-22", "Monday", "DATE",
     "2016-03-21"),
    # "between Monday and Wednesday": the second day follows the first
    ("Fighting raged between Monday and Wednesday.", "2025-02-06", "Wednesday", "DATE", "2025-02-05"),
    # "this weekend" told in the past on a weekday: the one just gone
    ("The candidates debated this weekend.", "2015-12-23", "this weekend", "DATE", "2015-W51-WE"),
    ("The candidates will debate this weekend.", "2015-12-23", "this weekend", "DATE", "2015-W52-WE"),
    # "a year earlier" after a month, day or quarter just named: that one a year before; the
    # comparison does not move the story's time ("in the month" is still July)
    ("Consumer prices rose 2.9% in December from a year earlier.", "2013-01-31", "a year earlier", "DATE", "2011-12"),
    ("Exports grew 7% in July from a year earlier. Imports rose in the month.", "2013-08-08", "the month", "DATE", "2013-07"),
    ("Revenue rose in the third quarter from a year earlier.", "2013-10-20", "a year earlier", "DATE", "2012-Q3"),
    # "the previous quarter" after a quarter reported on: the one before it
    ("Growth was 5.2% in the second quarter, after 5.4% in the previous quarter.", "2013-07-16",
     "the previous quarter", "DATE", "2013-Q1"),
    ("Profit was $2.8 billion in the first quarter, up from $2.7 billion in the previous quarter.", "2013-04-30",
     "the previous quarter", "DATE", "2012-Q4"),
    # month ranges are two expressions (SCHEMA.md), and a range ends after it starts
    ("GDP expanded 1.3% in July-September.", "2013-10-24", "September", "DATE", "2013-09"),
    ("Sales rose from October through December.", "2013-03-12", "December", "DATE", "2012-12"),
    ("The freeze lasted from Nov. 28 to Jan. 5.", "2013-03-12", "Jan. 5", "DATE", "2013-01-05"),
    ("Conscription runs from April 1 to July 15 each year.", "2013-03-12", "July 15", "DATE", "2013-07-15"),
    # a quarter named by its last month
    ("Reliance reported results for the September quarter on Monday.", "2013-10-24", "the September quarter",
     "DATE", "2013-Q3"),
    ("The North Koreans fought through last winter.", "2013-02-06", "last winter", "DATE", "2011-WI"),
    # the story's time: "That Friday"/"That summer" of the date told of; "four days later" moves
    # the story on; a bound named in passing ("since 2019") does not
    ("The Fed cut rates on Sept. 17. That Friday, Mr. Trump said he was pleased.", "2013-10-02", "That Friday",
     "DATE", "2013-09-20"),
    ("He took the job in February 2011. That summer, he announced a plan.", "2013-03-12", "That summer",
     "DATE", "2011-SU"),
    ("The trial opened on Feb. 9. Four days later, a juror fell ill. The next day, the judge paused it.",
     "2013-03-12", "The next day", "DATE", "2013-02-14"),
    ("The storm hit on March 10, its first landfall since 2009. The next day, power was restored.",
     "2013-03-12", "The next day", "DATE", "2013-03-11"),
    ("The results came on Dec. 3, and the count ended at 2 a.m. the next day.", "2013-03-12", "2 a.m.", "TIME",
     "2012-12-04T02:00"),
    ("The results came on Dec. 3, and the count ended at 2 a.m. the next day.", "2013-03-12", "the next day",
     "DATE", "2012-12-04"),
    ("The plane crashed on Dec. 29. Four minutes earlier, the pilots had declared a mayday.", "2013-03-12",
     "Four minutes", "DURATION", "PT4M"),
    # a date straight on a simple-past verb is past, however near ahead ("payable Jan. 7" may be ahead)
    ("The blowout occurred on Jan. 5.", "2012-12-28", "Jan. 5", "DATE", "2012-01-05"),
    ("The directors authorized a split, payable Jan. 7 to holders of record.", "2012-12-28", "Jan. 7", "DATE",
     "2013-01-07"),
    # results to be reported are of a quarter already ended
    ("Alphabet will report fourth-quarter results on Tuesday.", "2013-02-03", "fourth-quarter", "DATE", "2012-Q4"),
    # "the new year": from July on the coming one, before that the one begun
    ("Troops will hold their positions in the new year.", "2013-12-27", "the new year", "DATE", "2014"),
    ("The offensive gained momentum in the new year.", "2013-01-31", "the new year", "DATE", "2013"),
    ("The club now expects him back in the new year.", "2025-09-24", "the new year", "DATE", "2026"),
    # "this past week": at the weekend the week now ending, on a weekday the one before
    ("Support for the bill grew this past week.", "2013-03-23", "this past week", "DATE", "2013-W12"),
    ("Support for the bill grew this past week.", "2013-03-18", "this past week", "DATE", "2013-W11"),
    ("The new law takes effect Jan. 1.", "2012-12-10", "Jan. 1", "DATE", "2013-01-01"),
    ("Turnout was low on Christmas Day.", "2013-01-03", "Christmas Day", "DATE", "2012-12-25"),
    ("Officials met on Monday.", "2013-03-18", "Monday", "DATE", "2013-03-18"),
    ("The ministers will meet next week.", "2012-12-28", "next week", "DATE", "2013-W01"),
    ("Output fell in the fourth quarter.", "2013-02-05", "the fourth quarter", "DATE", "2012-Q4"),
    ("The strike ended last month.", "2013-01-10", "last month", "DATE", "2012-12"),
    ("The firm will report results next month.", "2012-12-10", "next month", "DATE", "2013-01"),
    ("Sales fell in November.", "2012-12-02", "November", "DATE", "2012-11"),
    # a date naming a scheduled event keeps its own side of the anchor, whatever the clause's tense
    ("Hackers targeted the party ahead of the Nov. 8 election.", "2016-07-31", "Nov. 8", "DATE", "2016-11-08"),
    ("Clinton opened a lead ahead of the fall debates.", "2016-07-31", "fall", "DATE", "2016-FA"),
    ("Police found the gun used in the May 3 slaying.", "2016-07-19", "May 3", "DATE", "2016-05-03"),
    ("Candidates campaigned ahead of Monday's caucuses.", "2016-01-26", "Monday", "DATE", "2016-02-01"),
    ("The firm is still trying to sell itself under a June agreement with investors.", "2012-10-27", "June", "DATE",
     "2012-06"),
    ("The March accession will let the three countries join the talks.", "2013-02-10", "March", "DATE", "2013-03"),
    ("The bank has extended the loans through January.", "2012-10-30", "January", "DATE", "2013-01"),
    ("Officials discussed a summit set for Washington in April.", "2013-03-12", "April", "DATE", "2013-04"),
    ("A strong showing on Super Tuesday would help him.", "2016-02-28", "Super Tuesday", "DATE", "2016-03-01"),
    # future cues: a typographic "’ll", "likely to", a gerund in a future clause, a fronted weekday
    ("She’ll visit Ohio on Tuesday.", "2016-03-16", "Tuesday", "DATE", "2016-03-22"),
    ("He is likely to bounce back Tuesday.", "2016-03-16", "Tuesday", "DATE", "2016-03-22"),
    ("He will have trouble winning in November.", "2016-03-16", "November", "DATE", "2016-11"),
    ("On Tuesday, Democrats vote in Arizona.", "2016-03-16", "Tuesday", "DATE", "2016-03-22"),
    ("I will beat her this fall.", "2016-03-16", "this fall", "DATE", "2016-FA"),
    # a present-tense schedule looks forward; "the year" after a year is that year
    ("The next president takes office in January.", "2016-08-26", "January", "DATE", "2017-01"),
    # a present tense reporting figures schedules nothing; a scheduled noun anywhere in the compound
    ("That number follows 292,000 in June.", "2016-08-10", "June", "DATE", "2016-06"),
    # an imperative looks ahead; a name after "known as" takes no tense; a month modifying a noun
    # in a clause that leaves it open is the nearest one (a weekday's event is one reported)
    ("Remember in November the senators who filibustered.", "2016-05-04", "November", "DATE", "2016-11"),
    ("11 states hold contests on March 1, known as Super Tuesday.", "2016-01-31", "Super Tuesday", "DATE",
     "2016-03-01"),
    ("The March states are crucial for her.", "2016-01-20", "March", "DATE", "2016-03"),
    ("Friday's purchases weigh on the market.", "2016-01-20", "Friday", "DATE", "2016-01-15"),
    # a hedged year; a hedged round number that counts is no year
    ("Skepticism grew around 2002.", "2016-01-31", "around 2002", "DATE", "2002"),
    # a bare clock time is on the day the story tells of, named in its paragraph or the one before
    ("Thompson started Thursday listening to voters.\n\nBy 2:30 p.m., he was talking to donors.", "2016-07-22",
     "2:30 p.m.", "TIME", "2016-07-21T14:30"),
    # a sentence opened by another year sets the year of the months, seasons and holidays after it
    ("In 2008, Obama's campaign began airing ads in mid-September.", "2016-06-13", "mid-September", "DATE",
     "2008-09"),
    ("In 2000, Al Gore led. By Election Day, he was hovering near 60%.", "2016-06-13", "Election Day", "DATE",
     "2000-11-07"),
    ("In 2008 the economy collapsed. Then in winter the banks failed.", "2016-06-13", "winter", "DATE", "2008-WI"),
    ("A program approved in 1987 bought shares through Sept. 29.", "1989-10-30", "Sept. 29", "DATE", "1989-09-29"),
    ("In 2015, sales rose. The company expects growth in March.", "2016-06-13", "March", "DATE", "2017-03"),
    # a unit an ordinal leaves unplaced keeps its granularity
    ("The first week, I was living on the street.", "2016-06-13", "The first week", "DATE", "XXXX-WXX"),
    ("On the third night, the storm hit.", "2016-06-13", "the third night", "TIME", "XXXX-XX-XXTNI"),
    # extent: "this past"; markup the tokenizer left on a word stays out
    ("He has plundered America this past seven years.", "2016-06-13", "this past seven years", "DURATION", "P7Y"),
    ('<a tweet-date="January 20, 2016">link</a>', "2016-06-13", "January 20, 2016", "DATE", "2016-01-20"),
    # a month or week anaphor after a year: one of that year, which one unsaid
    ("CREW filed a request in 2012. It filed another that month.", "2016-06-13", "that month", "DATE", "2012-XX"),
    ("In 2014, Dallas lost the bid in the same week that LeBron returned.", "2016-06-13", "the same week", "DATE",
     "2014-WXX"),
    # "that" the complementizer is no anaphor's determiner
    ("He told MSNBC that Friday's announcement suggested a deal.", "2016-02-03", "Friday", "DATE", "2016-01-29"),
    # "ahead of" an event a weekday dates; a series "followed by" another takes the clause's time
    ("Clinton campaigned ahead of voting Tuesday.", "2016-06-13", "Tuesday", "DATE", "2016-06-14"),
    ("He will speak in Cleveland on Monday, followed by one in Pittsburgh on Tuesday.", "2016-06-12", "Tuesday",
     "DATE", "2016-06-14"),
    ("One Sunday, she called him.", "2016-07-20", "Sunday", "DATE", "XXXX-WXX-7"),
    ("They suggested four other nights, one of them on a weekend.", "2016-07-20", "a weekend", "DATE",
     "XXXX-WXX-WE"),
    ("Racial struggles even today inflame the streets.", "2016-07-20", "today", "DATE", "PRESENT_REF"),
    ("Two priorities for the upcoming fall election campaign are money and turnout.", "2016-07-20",
     "upcoming fall", "DATE", "2016-FA"),
    # a scheduled event's weekday in a clause without tense is the nearer one; "heading into" looks
    # ahead, "coming off" back
    ("The primary on Tuesday matters to Trump.", "2016-03-14", "Tuesday", "DATE", "2016-03-15"),
    ("Heading into Tuesday's New Hampshire primary, Trump leads.", "2016-02-05", "Tuesday", "DATE", "2016-02-09"),
    ("Kasich is coming off a strong debate Thursday night.", "2016-03-04", "Thursday night", "TIME",
     "2016-03-03TNI"),
    ("17-year-olds are eligible to vote in the primary on Tuesday.", "2016-03-11", "Tuesday", "DATE", "2016-03-15"),
    ("He was able to vote Tuesday.", "2016-03-11", "Tuesday", "DATE", "2016-03-08"),
    # a clock time read in the part of the day after it; a day named beside it is not the story's
    ("The plan should be ready by 6 o'clock this afternoon.", "2016-09-23", "6 o'clock this afternoon", "TIME",
     "2016-09-23T18:00"),
    ("He left at 8:30 Tuesday evening.", "2016-09-23", "8:30 Tuesday evening", "TIME", "2016-09-20T20:30"),
    ("He spoke Tuesday. They met at 9 a.m. this morning.", "2016-09-23", "9 a.m. this morning", "TIME",
     "2016-09-23T09:00"),
    # a scheduled event's day is the nearer one, ahead or behind (a past tense says behind)
    ("Lester Holt is the moderator of Monday night's first debate.", "2016-09-25", "Monday night", "TIME",
     "2016-09-26TNI"),
    ("The impact of Monday's debate is still small.", "2016-09-30", "Monday", "DATE", "2016-09-26"),
    ("Clinton was the winner of Monday night's debate.", "2016-09-30", "Monday night", "TIME", "2016-09-26TNI"),
    ("We started this journey on June 16th of last year.", "2016-09-19", "June 16th of last year", "DATE",
     "2015-06-16"),
    ("The network trafficked in Sept. 11 conspiracy theories.", "2016-09-19", "Sept. 11", "DATE", "2001-09-11"),
    ("He loses a billion dollars in a single year.", "2016-09-19", "a single year", "DURATION", "P1Y"),
    ("The debate was on Monday. He complained the morning after the debate.", "2016-09-30", "the morning", "TIME",
     "2016-09-27TMO"),
    ("He was wounded five years ago this week.", "2016-03-10", "five years ago this week", "DATE", "2011-W10"),
    ("Clinton was in the same spot eight years ago this month.", "2016-03-10", "eight years ago this month",
     "DATE", "2008-03"),
    ("They are expecting their second child this summer.", "2015-12-21", "this summer", "DATE", "2016-SU"),
    ("It happened just a handful of days after he was announced.", "2016-01-05", "a handful of days",
     "DURATION", "PXD"),
    ("He spoke in the 2016 election year. That night, I could barely sleep.", "2015-11-19", "That night", "TIME",
     "XXXX-XX-XXTNI"),
    ("She was among the top athletes of the 20th Century.", "2016-06-05", "the 20th Century", "DATE", "19"),
    ("Candidates must file their February campaign finance reports on Sunday.", "2016-03-20", "February", "DATE",
     "2016-02"),
    ("They want to stop him from prevailing at the July confab.", "2016-03-20", "July", "DATE", "2016-07"),
    ("Trump holds a solid lead in Tuesday's first-in-the-nation primary.", "2016-02-08", "Tuesday", "DATE",
     "2016-02-09"),
    ("He said a year prior that the claim was false.", "2016-09-23", "a year prior", "DATE", "2015"),
    ("There are still four years to go in the 90's.", "1996-09-23", "the 90's", "DATE", "199"),
    ("He stumped in Iowa on Veteran's Day.", "2015-11-20", "Veteran's Day", "DATE", "2015-11-11"),
    ("I will be there for the foreseeable future.", "2016-09-23", "the foreseeable future", "DATE", "FUTURE_REF"),
    ("We are still hoping for a brighter tomorrow.", "2016-09-23", "tomorrow", "DATE", "FUTURE_REF"),
    ("He expressed the hope he one day follow in their footsteps.", "2016-09-23", "one day", "DATE", "FUTURE_REF"),
    ("If his candidate were to win in November, taxes would fall.", "2016-09-23", "November", "DATE", "2016-11"),
    ("It takes effect in 2020 rather than 2018.", "2016-09-23", "2018", "DATE", "2018"),
    ("Clinton had twice the delegates as Sanders heading into Tuesday's primaries.", "2016-04-27", "Tuesday", "DATE",
     "2016-04-26"),
    ("The Senate slows confirmations as it gets closer to November.", "2016-04-12", "November", "DATE", "2016-11"),
    ("If he won the election on Nov. 8, he would serve.", "2016-05-02", "Nov. 8", "DATE", "2016-11-08"),
    ("She has no plans of stopping any time soon.", "2016-05-02", "any time soon", "DATE", "FUTURE_REF"),
    ("I was in Fort Worth the other day.", "2016-05-02", "the other day", "DATE", "PAST_REF"),
    ("It's the Northeast....This week is key.", "2016-05-02", "This week", "DATE", "2016-W18"),
    ("The region has grown over past decades.", "2016-05-02", "past decades", "DURATION", "PXDE"),
    ("The fund sold some of its shares at the end of the year.", "2016-03-17", "the end of the year", "DATE",
     "2015"),
    ("It cut stocks, nearing its goal of a $500 million cut by the end of the year.", "2016-03-17",
     "the end of the year", "DATE", "2016"),
    ("It was their final face-off before the upcoming week's round of primaries.", "2016-03-17", "the upcoming week",
     "DATE", "2016-W12"),
    ("The tax was introduced in 2008. Voters challenged it in elections the next year.", "2016-03-17", "the next year",
     "DATE", "2009"),
    ("The company expects growth over the next year.", "2016-03-17", "the next year", "DATE", "2017"),
    ("If the November election does not break their way, they will lose.", "2016-03-17", "November", "DATE",
     "2016-11"),
    ("She finished in 3 minutes 32 seconds.", "2016-03-17", "3 minutes 32 seconds", "DURATION", "PT3M32S"),
    ("It will happen within the not too distant future.", "2016-03-17", "the not too distant future", "DATE",
     "FUTURE_REF"),
    ("But those days are never coming back.", "2016-03-17", "those days", "DATE", "PAST_REF"),
    ("Voters made up their minds in the final few days before voting.", "2016-01-07", "the final few days",
     "DURATION", "PXD"),
    ("The firm estimated that from September to December 2014 it lost money.", "2016-01-07", "September", "DATE",
     "2014-09"),
    ("Prices rose from November to February 2015.", "2016-01-07", "November", "DATE", "2014-11"),
    ("He hosted parties in 2008, his last year in office.", "2016-01-07", "last year", "DATE", "2008"),
    ("He served his last year in office quietly.", "2016-01-07", "last year", "DATE", "XXXX"),
    ("The vote is this fall in New Hampshire.", "2016-01-07", "this fall", "DATE", "2016-FA"),
    ("It was like Germany in the ‘20s.", "2016-08-17", "the ‘20s", "DATE", "192"),
    ("It happened years back.", "2016-08-17", "years back", "DATE", "PAST_REF"),
    ("Prior to May, most of the money came from him.", "2016-08-17", "May", "DATE", "2016-05"),
    ("He spent less in July, compared with March, when he was self-funding.", "2016-08-17", "March", "DATE",
     "2016-03"),
    ("Rubio previewed an address, to be delivered Wednesday at the Citadel.", "2015-11-17", "Wednesday", "DATE",
     "2015-11-18"),
    ("In 1968, after Johnson's 1964 Civil Rights Act, Wallace ran a third-party campaign that year.", "2016-08-17",
     "that year", "DATE", "1968"),
    ("As Tuesday's results show, Florida may not be out of reach.", "2016-03-16", "Tuesday", "DATE", "2016-03-15"),
    ("They refrain from endorsing any candidate at this moment.", "2016-03-16", "this moment", "DATE",
     "PRESENT_REF"),
    ("The dispute echoes a controversy in June when Mr. Trump attacked a judge.", "2016-05-20", "June", "DATE",
     "2015-06"),
    ("Several degrees of warming by 2100 may sound scary.", "2016-08-01", "2100", "DATE", "2100"),
    ("This holiday weekend marks the end of summer.", "2016-08-01", "This holiday weekend", "DATE", "2016-W31-WE"),
    ("Of late, the Brujas have been busy.", "2016-08-01", "Of late", "DATE", "PAST_REF"),
    ("During the 2000 election, he ran. In a year when voters are angry, he may win.", "2016-08-01", "a year",
     "DATE", "2016"),
    ("After the 1968 Democratic convention, Humphrey lost that November.", "2016-07-15", "that November", "DATE",
     "1968-11"),
    ("Cruz is in a tight race ahead of the Iowa caucuses on Monday.", "2016-01-29", "Monday", "DATE", "2016-02-01"),
    ("She noted a planned Cruz rally on Saturday in Sioux City.", "2016-01-27", "Saturday", "DATE", "2016-01-30"),
    ("Late in 2014 it moved again.", "2016-01-27", "Late in 2014", "DATE", "2014"),
    ("The uprising in the winter of 2004-5 became the Orange Revolution.", "2016-01-27", "the winter of 2004-5",
     "DATE", "2004-WI"),
    ("Revenue was about 74 million dollars more than a year ago.", "2016-01-27", "a year ago", "DATE", "2015"),
    ("Several people I have spoken with over the last couple of weeks agree.", "2016-01-27",
     "the last couple of weeks", "DURATION", "P2W"),
    ("One evening in the 1960s, Donald J. Trump met her.", "2016-01-20", "One evening", "TIME", "XXXX-XX-XXTEV"),
    ("One recent afternoon, two volunteers were running a phone bank.", "2016-01-20", "One recent afternoon",
     "TIME", "XXXX-XX-XXTAF"),
    ("He stayed one night in the hotel.", "2016-01-20", "one night", "DURATION", "P1D"),
    # a weekday modifying a noun after "a" is that event's day, not any such day
    ("At a Thursday rally in Modesto, Sanders promised more.", "2016-06-05", "Thursday", "DATE", "2016-06-02"),
    ("Priebus arrived at a Tuesday breakfast with reporters.", "2016-07-20", "Tuesday", "DATE", "2016-07-19"),
    ("A joint rally slated for Wednesday in Green Bay was postponed.", "2016-06-13", "Wednesday", "DATE",
     "2016-06-15"),
    # "a year when ...": one year, the one the text is on
    ("Clinton won in 1988, a year when Bush carried the state.", "2016-06-13", "a year", "DATE", "1988"),
    ("In a year when Trump is talking about deporting millions, Latinos matter.", "2016-06-13", "a year", "DATE",
     "2016"),
    ("It took a year when it should have taken a month.", "2016-06-13", "a year", "DURATION", "P1Y"),
    ("Her fate in the November election hinges on turnout.", "2016-08-10", "November", "DATE", "2016-11"),
    ("Once the rule goes into effect on Dec. 1, workers gain.", "2016-05-19", "Dec. 1", "DATE", "2016-12-01"),
    ("The money came in 2010, the year the court ruled.", "2016-05-19", "the year", "DATE", "2010"),
    # "earlier" counts from the story's date, "ago" from the writing
    ("On Nov. 18, the group she had addressed a month earlier met again.", "2015-12-01", "a month earlier", "DATE",
     "2015-10"),
    ("This winter was the coldest in years.", "2016-03-16", "This winter", "DATE", "2015-WI"),
    ("On Monday, the senator said he would run.", "2016-03-16", "Monday", "DATE", "2016-03-14"),
    ("Clinton hopes to win before the November election.", "2016-03-02", "November", "DATE", "2016-11"),
    # "since" looks back, even where the nearest such date is ahead
    ("Thousands of shootings since January 1st, the mayor says.", "2012-09-29", "January 1st", "DATE", "2012-01-01"),
    # an infinitive under a plan or bid told in the past: the bid's day or its aim, the nearer
    ("Trump threatened to walk away from the field Thursday night in the debate.", "2016-01-29", "Thursday night",
     "TIME", "2016-01-28TNI"),
    ("As Trump prepared to speak in Wisconsin on Tuesday, a girl was pepper-sprayed.", "2016-03-30", "Tuesday",
     "DATE", "2016-03-29"),
    # a hortative, an open condition in the passive, a prospect and "come" look ahead
    ('Trump told the crowd: "Let\'s defeat her in November."', "2016-04-20", "November", "DATE", "2016-11"),
    ("The ruling can be overturned if a Republican is elected president in November.", "2016-04-20", "November",
     "DATE", "2016-11"),
    ("Viguerie is upbeat about Cruz's chances of winning in November.", "2016-04-20", "November", "DATE", "2016-11"),
    ("She is the favorite to win the election come November.", "2016-04-20", "November", "DATE", "2016-11"),
    ("Looking ahead to the fall, Mr. Manafort said the campaign would expand.", "2016-04-20", "the fall", "DATE",
     "2016-FA"),
    ("They hope to see the duo together on the ticket in the fall.", "2016-04-20", "the fall", "DATE", "2016-FA"),
    # "after/since Sept. 11" far from this year's Sept. 11: the attacks
    ("Women were shocked after Sept. 11 when the spotlight turned.", "2016-03-21", "Sept. 11", "DATE", "2001-09-11"),
    ("Since Sept. 11, the campaign has changed.", "2016-10-01", "Sept. 11", "DATE", "2016-09-11"),
    ("This spring, it rained. That was May.", "2016-06-20", "May", "DATE", "2016-05"),
    ("After trouncing Clinton in Tuesday's primary, the senator must prepare for Nevada.", "2016-02-11", "Tuesday",
     "DATE", "2016-02-09"),
    ("This weekend's debate gave Democrats much to be proud of.", "2015-12-23", "This weekend", "DATE", "2015-W51-WE"),
    # a reported "would": the coming weekday
    ("The airline said new flights would leave Bombay on Monday.", "2016-06-17", "Monday", "DATE", "2016-06-20"),
    ("He said he would announce his decision on Friday.", "2016-06-15", "Friday", "DATE", "2016-06-17"),
    # an aim ahead: a gerund after "to", a prospect's "of", an open condition on a noun's date
    ("The heist is key to scoring a White House win in November.", "2016-03-10", "November", "DATE", "2016-11"),
    ("He was close to winning in November.", "2016-03-10", "November", "DATE", "2015-11"),
    ("Sanders understands the importance of electing a Democrat in November.", "2016-06-08", "November", "DATE",
     "2016-11"),
    ("If he follows up with a wide victory in Washington state on Saturday, he could win.", "2016-03-23", "Saturday",
     "DATE", "2016-03-26"),
    ("They want to get Obama past Inauguration Day next year.", "2016-06-08", "Inauguration Day next year", "DATE",
     "2017-01-20"),
    ("The policy may backfire and cost her party in state elections on March 13.", "2016-03-10", "March 13", "DATE",
     "2016-03-13"),
    ("The Latest on the campaign in the lead up to Tuesday's New York primary.", "2016-04-14", "Tuesday", "DATE",
     "2016-04-19"),
    ("Listen to our analysis of Thursday's debate in the podcast.", "2016-02-12", "Thursday", "DATE", "2016-02-11"),
    ("By 2026, the final year of the budget office's outlook, debt will rise.", "2016-01-20", "the final year", "DATE",
     "2026"),
    ("Just days before it was to report earnings on Wednesday, the company cut jobs.", "2016-02-08", "Wednesday",
     "DATE", "2016-02-10"),
    ("Rubio, who is facing the prospect of a loss in his own state on Tuesday, spoke.", "2016-03-12", "Tuesday",
     "DATE", "2016-03-15"),
    ("This is what Clinton needs, only days before the Iowa caucuses on Monday.", "2016-01-29", "Monday", "DATE",
     "2016-02-01"),
    ("Cruz began March with more than $20 million in cash on hand.", "2016-04-20", "March", "DATE", "2016-03"),
    # "the same period/month" with its year: one expression, the compared period a year back
    ("Casinos took in less in October than they did the same month last year.", "2015-11-13",
     "the same month last year", "DATE", "2014-10"),
    ("Revenue fell 4 percent compared to the same period in 2014.", "2015-11-13", "the same period in 2014", "DATE", "2014"),
    ("The company earned $5 million in the third quarter, up from $3 million in the same period last year.",
     "2015-11-13", "the same period last year", "DATE", "2014-Q3"),
    # a bare month or season in a present-tense clause, or dating a scheduled event, is the
    # nearer one, with no past lean; a prospect's "chances in November" lies ahead
    ("Republicans have 24 Senate seats up in November, Democrats 10.", "2016-06-10", "November", "DATE", "2016-11"),
    ("Central to her strategy for the fall campaign is the economy.", "2016-04-21", "fall", "DATE", "2016-FA"),
    ("The fight could harm her chances against Trump in November.", "2016-05-19", "November", "DATE", "2016-11"),
    # ... not so under a participle of a past report
    ("A poll showed his numbers falling to 44 percent, from 54 percent in July.", "2016-01-19", "July", "DATE", "2015-07"),
    # an event told as done by its relative clause is behind
    ("He could pounce like Christie did in the February debate that scuttled Rubio's campaign.", "2016-09-01",
     "February", "DATE", "2016-02"),
    # a prospect noun's infinitive: ahead, unless the clause is past
    ("Sanders has a shot to win on Tuesday.", "2016-04-30", "Tuesday", "DATE", "2016-05-03"),
    ("Sanders had a chance to win on Tuesday.", "2016-04-30", "Tuesday", "DATE", "2016-04-26"),
    # a year named in the same past clause dates a bare month ("remained in the 2008 contest
    # until June"), but not one in another clause ("a program approved in 1987 ... through Sept. 29")
    ("Clinton remained in the 2008 primary contest against Obama until June despite his lead.", "2016-04-28",
     "June", "DATE", "2008-06"),
    ("Under a program approved in 2014, the firm had bought 481,000 shares through Sept. 29.", "2016-10-30",
     "Sept. 29", "DATE", "2016-09-29"),
    # a scheduled event's weekday in a present clause: the nearer, with even odds
    ("Cruz, who badly needs a win in Tuesday's primary in Indiana, campaigned hard.", "2016-04-30", "Tuesday", "DATE",
     "2016-05-03"),
    ("The fallout of Monday's debate is still small.", "2016-09-30", "Monday", "DATE", "2016-09-26"),
    # "the Sept. 11 memorial" written that week is this year's ceremony, else the 2001 attacks' memorial
    ("She collapsed during the Sept. 11 memorial.", "2016-09-12", "Sept. 11", "DATE", "2016-09-11"),
    ("He visited the Sept. 11 memorial in New York.", "2016-05-12", "Sept. 11", "DATE", "2001-09-11"),
    # a quoted "tonight" after the text names the night before publication: that night
    ("Pence won Tuesday night's debate. \"What he accomplished tonight is remarkable,\" Matthews said.", "2016-10-05",
     "tonight", "TIME", "2016-10-04TNI"),
    # a plan told in a past passive ("was scheduled to"): the nearer day, either side
    ("He was scheduled to leave New Hampshire late Tuesday.", "2016-02-10", "late Tuesday", "DATE", "2016-02-09"),
    # an elided past counterfactual ("could have [played]") is behind
    ("Kasich did not play the role of spoiler that he could have Tuesday.", "2016-03-24", "Tuesday", "DATE", "2016-03-22"),
    # an imagined event ("a strong finish") under "would" lies ahead; a reported one under a plan too
    ("A surprisingly strong finish by Rubio here Monday would change the race.", "2016-01-31", "Monday", "DATE",
     "2016-02-01"),
    ("Rabbis plan to participate in the protest of Trump's appearance Monday.", "2016-03-18", "Monday", "DATE",
     "2016-03-21"),
    # an aim ("is focused on defeating") lies ahead
    ("Cruz is focused on defeating Trump here on Monday night.", "2016-01-31", "Monday night", "TIME", "2016-02-01TNI"),
    # "heading into" a scheduled event, told in the past: the nearer one
    ("Heading into Tuesday's New Hampshire primary, Trump attacked Bush.", "2016-02-08", "Tuesday", "DATE", "2016-02-09"),
    # a clock time after "tonight's" show is on that night, not on a date named before
    ("The special aired May 23. It was revealed on tonight's Kelly File at 9 p.m.", "2016-04-13", "9 p.m.", "TIME",
     "2016-04-13T21:00"),
    ("On Sunday's show he said it.", "2016-04-24", "Sunday", "DATE", "2016-04-24"),
    # "days before" a scheduled event, told in the past: the nearer one
    ("His debate performance came just days before Tuesday's New Hampshire primary.", "2016-02-08", "Tuesday", "DATE",
     "2016-02-09"),
    # a participle of need ("the boost needed for") takes the clause's time
    ("It will give him the boost needed for a strong performance Tuesday.", "2016-02-08", "Tuesday", "DATE", "2016-02-09"),
    # "the second half of July": the month, its END
    ("Prices rose in the second half of July.", "2016-08-20", "the second half of July", "DATE", "2016-07"),
    # a later day of the year of a full date just told, in a past narrative, keeps that year
    ("On March 2, 2015, the Times reported the story. On March 25, the firm wiped the server.", "2016-05-26",
     "March 25", "DATE", "2015-03-25"),
    # a weekday in a series after one that lies ahead lies ahead too
    ("This week Yellen speaks to the Economic Club on Wednesday and testifies before the Senate on Thursday.",
     "2015-12-01", "Thursday", "DATE", "2015-12-03"),
    # a plan told in the past by its auxiliary ("was scheduled to") leans to neither side
    ("Palin was scheduled to speak to the delegates Saturday morning.", "2016-04-15", "Saturday morning", "TIME", "2016-04-16TMO"),
    # "this weekend" told in the past on a Friday is the one ahead, not the one gone by
    ("Cruz set the stage for another likely rout this weekend.", "2016-04-15", "this weekend", "DATE", "2016-W15-WE"),
    # a plural noun parsed as a present verb schedules nothing
    ("Clinton did not revisit her Wall Street remarks in an address to Iowa Democrats on Sunday.", "2016-05-16",
     "Sunday", "DATE", "2016-05-15"),
    # a bid told in the past perfect has lapsed or been carried out
    ("She had been invited to give a keynote address in November.", "2016-05-16", "November", "DATE", "2015-11"),
    # a day's reported event keeps its day whatever the verb's modal
    ("Monday's decision will reverberate down the ballot.", "2016-07-05", "Monday", "DATE", "2016-07-04"),
    # a bare "fall" or "spring" on a scheduled event
    ("Most of the party has moved on to a bruising fall battle against Trump.", "2016-07-05", "fall", "DATE", "2016-FA"),
    ("The spring semester ended.", "2016-07-05", "spring", "DATE", "2016-SP"),
    # a year named in a clause that governs the month's
    ("Obama, in his 2008 campaign, lost more contests than he won between early March and June.", "2016-03-05",
     "early March", "DATE", "2008-03"),
    # "that November": the month of the year told, or of the month named with a year before
    ("In 1960, Kennedy won the nomination. He beat Richard Nixon that November.", "2016-03-05",
     "that November", "DATE", "1960-11"),
    ("She said nothing until October 2015. And in that October speech, she chimed in.", "2016-07-27",
     "that October", "DATE", "2015-10"),
    ("He lost the general election to Richard Nixon that November.", "2016-03-05", "that November", "DATE", "2015-11"),
    # the year a range's end names is its start's, whatever the story's year
    ("A report released last year estimated that from September to December 2014, 46,000 accounts were used.",
     "2016-02-08", "September", "DATE", "2014-09"),
    # an imperative after a name set off by a colon looks ahead
    ("Missouri: Remember in November the Democrats who filibustered.", "2016-03-10", "November", "DATE", "2016-11"),
    # the month of a primary-calendar plan ("the March firewall", "the March states")
    ("Clinton had been counting on the March firewall.", "2016-01-31", "March", "DATE", "2016-03"),
    ("Officials detailed the operation in the March states and beyond.", "2016-01-31", "March", "DATE", "2016-03"),
    # a clause of its own time ("until Reuters asked") does not take the year of the clause above
    ("Donations from 2010 to 2013 were not reported until Reuters asked about them in April.", "2016-01-12",
     "April", "DATE", "2015-04"),
    # a day's event as the object of a future verb lies ahead
    ("Trump will probably use Monday's encounter to make news.", "2016-09-23", "Monday", "DATE", "2016-09-26"),
    # a scheduled event after "before"/"by" in a clause not told as past lies ahead
    ("Its job: to help candidates prepare for the presidency even before the November election.", "2016-05-12",
     "November", "DATE", "2016-11"),
    ("He resigned before the November election.", "2016-05-12", "November", "DATE", "2015-11"),
    # "ahead of" in the sentence before puts nothing ahead in this one
    ("Trump began using a teleprompter to appear more presidential ahead of the Nov. 8 election.\n\nSaturday's tweet was a reminder of his unrestrained side.",
     "2016-07-03", "Saturday", "DATE", "2016-07-02"),
    # what a present promise offers lies ahead
    ("Singer is promising donors a private reception with Rubio on Tuesday.", "2016-01-24", "Tuesday", "DATE",
     "2016-01-26"),
    ("The campaign offers a recap of Tuesday's rally.", "2016-01-24", "Tuesday", "DATE", "2016-01-19"),
    # an elided "could have [played]" whose object the day seems to be
    ("Kasich did not play the role of spoiler that he could have Tuesday, but he might in upcoming primaries.",
     "2016-03-24", "Tuesday", "DATE", "2016-03-22"),
    # a past habit ("every Friday ... would lead"): a time of any such day
    ("And yet every Friday, from 8 a.m. to noon, the executive told the Post, Fiorina would lead a meeting.",
     "2016-01-20", "8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
    ("He said every member would vote at 9 a.m. Tuesday.", "2016-01-20", "9 a.m. Tuesday", "TIME", "2016-01-19T09:00"),
    # a weekday in a past clause is the day of the telling, even under a prospect noun
    ("The senator did endorse the idea of a border fee on Thursday, aides confirmed.", "2015-11-20", "Thursday", "DATE",
     "2015-11-19"),
    # reacting now to an event of a weekday: the event is past, though the verb is progressive
    ("Unions are praising the governor's budget speech on Thursday.", "2016-08-12", "Thursday", "DATE", "2016-08-11"),
    # a chance the future clause gives on a weekday lies ahead
    ("The mayor will get a last chance on Saturday to answer his critics.", "2016-04-29", "Saturday", "DATE",
     "2016-04-30"),
    # a scheduled event's month in a present clause: the coming one unless it lies far off
    ("The wins give her the impetus to shift focus toward the November election.", "2016-04-28", "November", "DATE",
     "2016-11"),
    ("The wins give her the impetus to shift focus toward the November election.", "2016-01-10", "November", "DATE",
     "2015-11"),
    # written on a Sunday, a present "this week" is the one from Monday; a past one the week now ending
    ("The governor is not available this week, his office said.", "2013-03-24", "this week", "DATE", "2013-W13"),
    ("The governor was traveling this week, his office said.", "2013-03-24", "this week", "DATE", "2013-W12"),
    # "the past week" written at the weekend is the week now ending, on a weekday the one before
    ("Negotiators huddled in Paris over the past week.", "2013-03-24", "the past week", "DATE", "2013-W12"),
    ("Negotiators huddled in Paris over the past week.", "2013-03-20", "the past week", "DATE", "2013-W11"),
    # a day after the one a report verb told is the day of the telling, whatever the parse
    ("The president told voters this weekend he would consider it an insult.", "2013-03-25", "this weekend", "DATE",
     "2013-W12-WE"),
    ("She noted a planned rally on Saturday in Sioux City.", "2013-03-20", "Saturday", "DATE", "2013-03-23"),
    # a bare weekday six days off is the day before or after the writing, unless a plain future says so
    ("Clinton took on protesters twice Thursday.", "2016-04-01", "Thursday", "DATE", "2016-03-31"),
    ("Intel was planning to hold a fund-raiser for him on Thursday night.", "2016-06-03", "Thursday night", "TIME",
     "2016-06-02TNI"),
    ("Christie hopes the endorsement will give him the boost needed for a strong performance Tuesday.", "2016-02-08",
     "Tuesday", "DATE", "2016-02-09"),
    ("Lynch will appear before the House Judiciary Committee on Tuesday.", "2016-07-06", "Tuesday", "DATE",
     "2016-07-12"),
    ("Trump and Cruz sit atop the polls ahead of Monday's caucuses.", "2016-01-26", "Monday", "DATE", "2016-02-01"),
    # "the next morning" in a past clause with no day named before: unsaid, not tomorrow
    ("The captain was arrested after a nightclub incident. He was released the next morning.", "2013-03-21",
     "the next morning", "TIME", "XXXX-XX-XXTMO"),
    ("He will arrive the next morning.", "2013-03-21", "the next morning", "TIME", "2013-03-22TMO"),
    # "the winter so far": the winter now ending
    ('"Tonight will be the coldest night of the winter so far," said the forecaster.', "2013-03-22", "the winter",
     "DATE", "2012-WI"),
    # a present tense schedules a range "from" a date too (not "aside from Tuesday night")
    ("The Open Championship returns to Royal Portrush from July 17-20.", "2025-01-28", "July 17", "DATE",
     "2025-07-17"),
    ("Aside from Tuesday night, Christie appears to be fully embracing his duties.", "2016-03-02", "Tuesday night",
     "TIME", "2016-03-01TNI"),
    # weekdays right before "last week"/"next week" are days of that week
    ("The hearings ran from Monday to Wednesday last week.", "2025-03-12", "Wednesday", "DATE", "2025-03-05"),
    ("The museum will be closed Monday through Thursday next week.", "2025-03-12", "Monday", "DATE", "2025-03-17"),
    ("The hearing ran Tuesday last week.", "2025-03-12", "Tuesday last week", "DATE", "2025-03-04"),
    # an early-morning time told after an evening one is on the next day
    ("The party began at 10 p.m. Saturday and the shooting happened around 1 a.m.", "2025-06-20", "around 1 a.m.",
     "TIME", "2025-06-15T01:00"),
    ("The fire started at 3 a.m. Saturday. Crews arrived at 4 a.m.", "2025-06-20", "4 a.m.", "TIME",
     "2025-06-14T04:00"),
    # "May"/"March" as the subject of a record are months
    ("May was the warmest on record, the agency said.", "2025-06-20", "May", "DATE", "2025-05"),
    ("March was the wettest month on record in Seattle.", "2025-06-20", "March", "DATE", "2025-03"),
    # a holiday sets the day its sentence's clock times are on
    ("On Election Day, polls will open at 7 a.m. and close at 8 p.m.", "2024-10-03", "8 p.m.", "TIME",
     "2024-11-05T20:00"),
    # "every second Saturday", "every third day", "Every Sept. 11": one SET each
    ("The clinic offers free screenings every second Saturday.", "2025-06-20", "every second Saturday", "SET",
     "XXXX-WXX-6"),
    ("The patch is replaced every third day.", "2025-06-20", "every third day", "SET", "P3D"),
    ("Every Sept. 11, the names of the dead are read aloud.", "2025-06-20", "Every Sept. 11", "SET", "XXXX-09-11"),
    ("Every second counts.", "2025-06-20", "Every second", "SET", "PT1S"),
    # "tomorrow's game" sets the day a later clock time in the paragraph is on
    ("Arsenal won last night. Tomorrow's game against Norwich has been moved to 5:30 p.m.", "2013-03-19",
     "5:30 p.m.", "TIME", "2013-03-20T17:30"),
    # Orthodox Christmas is on Jan. 7
    ("Russia attacked Ukraine on Orthodox Christmas, firing dozens of drones.", "2025-01-08", "Orthodox Christmas",
     "DATE", "2025-01-07"),
    # a weekday in a past-perfect clause after a day of the story comes before that day
    ("Firefighters contained the blaze on Saturday evening. It had broken out on Tuesday in dry brush.", "2025-02-06",
     "Tuesday", "DATE", "2025-01-28"),
    ("The coach was sacked on Sunday. Until Thursday, the club had backed him.", "2025-02-06", "Thursday", "DATE",
     "2025-02-06"),
    # weekdays listed in the week's order follow one another; out of order each stands alone
    ("Schools will remain closed on Monday and Tuesday.", "2013-03-19", "Tuesday", "DATE", "2013-03-26"),
    ("The talks were held on Friday and Saturday.", "2013-03-19", "Saturday", "DATE", "2013-03-16"),
    ("Following are statements made Friday and Thursday by the lawyer.", "2013-03-19", "Thursday", "DATE",
     "2013-03-14"),
    # a bare verb joined to a past one is no past: a fixture ahead
    ("The Bucks lost to Miami on Monday and play the Knicks on Saturday.", "2025-02-05", "Saturday", "DATE",
     "2025-02-08"),
    ("The Bucks lost to Miami on Monday and play the Knicks on Saturday.", "2025-02-05", "Monday", "DATE",
     "2025-02-03"),
    # "in the final two weeks ago": the date is "two weeks ago", not the final's last weeks
    ("He was injured in the final two weeks ago.", "2013-03-19", "two weeks ago", "DATE", "2013-W10"),
    ("He came to the event last fall in New York.", "2016-04-17", "last fall", "DATE", "2015-FA"),
    # a quote's "yesterday"/"tonight" counts from the occasion of the saying, when that dates it
    ('"Yesterday, our forces repelled 42 assaults," the commander said in an interview on Friday.', "2025-02-24",
     "Yesterday", "DATE", "2025-02-20"),
    ('"Tonight the players showed great character," the manager said after Saturday\'s match.', "2025-02-24",
     "Tonight", "TIME", "2025-02-22TNI"),
    ('He told reporters about the vote on Tuesday: "Today is a good day."', "2025-02-24", "Today", "DATE",
     "2025-02-24"),
    # "since" a month, or a past "late February", must have begun by the time of writing
    ("Fighting has raged around the town since January.", "2024-12-24", "January", "DATE", "2024-01"),
    ("Russian troops have been attacking the town since mid-January.", "2025-01-06", "mid-January", "DATE",
     "2024-01"),
    ("The troops have not been seen since mid-January.", "2025-02-04", "mid-January", "DATE", "2025-01"),
    ("Russian forces captured Avdiivka in late February after months of fighting.", "2025-02-12", "late February",
     "DATE", "2024-02"),
    # clock ranges: the end's a.m./p.m. and day are the start's too; a range's end comes after its start
    ("Visitation will be held from 4 to 7 p.m. Tuesday at the funeral home.", "2019-03-16", "4", "TIME",
     "2019-03-19T16:00"),
    ("The rally ran from 11 to 2 p.m. Saturday.", "2019-03-16", "11", "TIME", "2019-03-16T11:00"),
    ("Trick-or-treating will be held Tuesday from 5:30 to 7:30 p.m.", "2023-10-28", "5:30", "TIME",
     "2023-10-31T17:30"),
    ("Hours are 10 a.m. to 4 p.m. Saturday.", "2019-10-07", "10 a.m.", "TIME", "2019-10-12T10:00"),
    ("Main Street will be closed from 6 a.m. Saturday until 8 p.m. Sunday.", "2025-09-21", "8 p.m. Sunday", "TIME",
     "2025-09-28T20:00"),
    ("Parking is banned between Dec. 1 and March 31 to allow for snow removal.", "2021-11-27", "March 31", "DATE",
     "2022-03-31"),
    # a bare clock time: not on a day still to come when told in the past, nor on a bound ("since January 19");
    # an early-morning one after a named evening is the next day's
    ("Lai won Taiwan's election on Saturday. He will take office on May 20. Voting closed at 4 p.m. and counting "
     "began.", "2024-01-13", "4 p.m.", "TIME", "2024-01-13T16:00"),
    ("Israel struck Gaza on Tuesday, shattering a ceasefire that had held since January 19. The strikes began at "
     "around 2:30am local time.", "2025-03-18", "around 2:30am local time", "TIME", "2025-03-18T02:30"),
    ("Iran fired missiles at a U.S. base in Qatar on Monday evening. Trump said the truce would begin at about 4 "
     "a.m. GMT.", "2025-06-24", "about 4 a.m. GMT", "TIME", "2025-06-24T04:00"),
    # a weekday written with a month and day picks the year in which they agree
    ("The hearing was held on Friday, Jan. 5, in federal court.", "2025-03-01", "Friday, Jan. 5", "DATE",
     "2024-01-05"),
    ("The vote is set for Tuesday, Jan. 5, next winter.", "2026-11-20", "Tuesday, Jan. 5", "DATE", "2027-01-05"),
    # a day or part of a month that recurs is a SET as often as it comes round
    ("Patches arrive on the first Monday of each month.", "2025-03-12", "the first Monday of each month", "SET",
     "P1M"),
    ("The yard is open the second and fourth Saturday of each month.", "2025-03-12",
     "the second and fourth Saturday of each month", "SET", "P1M"),
    ("The board meets on the last Friday of each quarter.", "2025-03-12", "the last Friday of each quarter", "SET",
     "P1Q"),
    ("A CDC panel meets in late June each year.", "2024-08-06", "late June each year", "SET", "XXXX-06"),
    # a holiday a present clause names is the nearer one, ahead as readily as behind
    ("The next big sales push is Thanksgiving.", "2025-07-13", "Thanksgiving", "DATE", "2025-11-27"),
    ("The company's target date is Valentine's Day.", "2025-10-13", "Valentine's Day", "DATE", "2026-02-14"),
    # a date a "will" clause hangs on is ahead with no slack; a noun's date below it ("since their Oct. 13
    # debate") is not
    ("The festival will take place May 3.", "2025-05-17", "May 3", "DATE", "2026-05-03"),
    ("The council will vote in April on the budget.", "2025-05-17", "April", "DATE", "2026-04"),
    ("Mrs. Clinton will take the stage after a run of good news since their Oct. 13 debate.", "2015-11-13",
     "Oct. 13", "DATE", "2015-10-13"),
    # "the last quarter of 2023" is its fourth; a clock time before "on the 15th" is on that day; a day of the
    # month in a present clause is a scheduled one
    ("The firm posted its best haul since the last quarter of 2023.", "2025-06-10", "the last quarter of 2023",
     "DATE", "2023-Q4"),
    ("The lawyers have until 5 p.m. on the 15th to respond.", "2025-06-10", "5 p.m.", "TIME", "2025-06-15T17:00"),
    ("The vote is at noon on the 3rd.", "2025-06-10", "the 3rd", "DATE", "2025-07-03"),
    # "as early as March" names the month; "the next fortnight" is two weeks
    ("A decision could come as early as March.", "2025-01-10", "March", "DATE", "2025-03"),
    ("Talks could resume as soon as May.", "2025-01-10", "May", "DATE", "2025-05"),
    ("Over the next fortnight, MPs will debate the bill.", "2025-01-10", "the next fortnight", "DURATION", "P2W"),
    # the n-th weekday of a month counted from the anchor; one in a scheduled present clause lies ahead
    ("The next jobs report comes out on the first Friday of next month.", "2025-06-14",
     "the first Friday of next month", "DATE", "2025-07-04"),
    ("The vote was held on the last Thursday of last month.", "2025-06-14", "the last Thursday of last month", "DATE",
     "2025-05-29"),
    ("The primary is on the last Saturday in January.", "2025-06-14", "the last Saturday in January", "DATE",
     "2026-01-31"),
    # "until mid-March" told in the past: the month bounds, so whether it has begun counts, not its middle
    ("The judge gave prosecutors until mid-March to review the evidence.", "2025-02-22", "mid-March", "DATE",
     "2025-03"),
    # a month a present trend is measured against is gone by; one a future is compared with is not
    ("The U.S. is now administering 2.3 million doses a day, up from under 1 million in January.", "2021-03-13",
     "January", "DATE", "2021-01"),
    ("Hospitals are seeing fewer COVID patients than in December, state data show.", "2022-01-20", "December",
     "DATE", "2021-12"),
    ("Sales will be higher than in December.", "2023-11-15", "December", "DATE", "2023-12"),
    # a weekday before or after a named day is one expression, counted from that day
    ("The club will host its barbecue the Saturday after Labor Day.", "2025-08-04", "the Saturday after Labor Day",
     "DATE", "2025-09-06"),
    ("The chicken dinner is the Sunday before Thanksgiving.", "2025-09-21", "the Sunday before Thanksgiving", "DATE",
     "2025-11-23"),
    # a deferral's or a call's date lies ahead of it; "have until" a deadline still open
    ("Sentencing, initially scheduled for Sept. 18, was pushed back to Nov. 26.", "2025-06-10", "Nov. 26", "DATE",
     "2025-11-26"),
    ("Rishi Sunak called a general election for 4 July, standing in the rain on Wednesday.", "2024-05-23",
     "4 July", "DATE", "2024-07-04"),
    ("Lawmakers have until June 30 to pass a budget.", "2025-08-02", "June 30", "DATE", "2026-06-30"),
    ("The attack came on Christmas Day of 2015.", "2025-12-31", "Christmas Day of 2015", "DATE", "2015-12-25"),
    # a local time beside the same moment in another zone on a named day: a day on or back across midnight
    ("Explosions were heard in Tehran at about 2 a.m. local time (2230 GMT Friday).", "2024-10-26",
     "about 2 a.m. local time", "TIME", "2024-10-26T02:00"),
    ("The speech began at 9 p.m. EST (0200 GMT Wednesday).", "2024-10-26", "9 p.m. EST", "TIME",
     "2024-10-22T21:00"),
    # a day anaphor after a year named in passing in the sentence of the story's day is of that day
    ("South Africans voted on Wednesday in the first election since apartheid ended 30 years ago. Counting "
     "continued through the night.", "2024-05-30", "the night", "TIME", "2024-05-29TNI"),
    ("Daylight saving time ends at 2 a.m. Sunday, Nov. 5.", "2023-10-28", "2 a.m. Sunday, Nov. 5", "TIME",
     "2023-11-05T02:00"),
    # "late" after a length of time is the lateness, not the day's end; "one day behind" is a gap
    ("Classes will start two hours late Monday because of icy roads.", "2022-01-09", "Monday", "DATE", "2022-01-10"),
    ("Trash pickup will be one day behind all week.", "2023-02-20", "one day", "DURATION", "P1D"),
    # a weekday in apposition to the day the story just moved to names that day
    ("Regulators seized SVB on Friday, March 10. Two days later, on Sunday evening, officials announced a backstop.",
     "2023-04-20", "Sunday evening", "TIME", "2023-03-12TEV"),
    ("The election must be held by August 2029. Labour has promised to hold it in the spring of that year.",
     "2025-03-02", "the spring of that year", "DATE", "2029-SP"),
    # "Election Day" after a dated primary is that vote's day, and so are the times on it
    ("The deadline to register for the April 23 primary was Monday. Polls will be open from 7 a.m. to 8 p.m. on "
     "Election Day.", "2024-04-14", "Election Day", "DATE", "2024-04-23"),
    ("The deadline to register for the April 23 primary was Monday. Polls will be open from 7 a.m. to 8 p.m. on "
     "Election Day.", "2024-04-14", "8 p.m.", "TIME", "2024-04-23T20:00"),
    # an entity trimmed of a leading word keeps a type
    ("Muslims celebrated the first day of Eid al-Fitr on Wednesday.", "2024-04-10", "the first day", "DATE",
     "2024-04-10"),
    ("China celebrated the Lunar New Year on Sunday.", "2023-01-23", "Lunar New Year", "DATE", "2023-01-22"),
    ("Orthodox Easter falls late this year.", "2024-03-01", "Orthodox Easter", "DATE", "2024-05-05"),
    ("Markets were closed for the Lunar New Year holiday.", "2024-02-12", "Lunar New Year", "DATE", "2024-02-10"),
    ("The talks resume a week from Friday.", "2025-03-08", "a week from Friday", "DATE", "2025-03-21"),
    ("The ruling is due three weeks from Tuesday.", "2025-03-08", "three weeks from Tuesday", "DATE", "2025-04-01"),
    ("The road is closed between 6 and 9 a.m. Sunday.", "2025-03-08", "6", "TIME", "2025-03-09T06:00"),
    ("Polls are open between 7 a.m. and 8 p.m. Tuesday.", "2025-03-08", "7 a.m.", "TIME", "2025-03-04T07:00"),
    ("Sales rose from January to March.", "2025-06-08", "March", "DATE", "2025-03"),
    ("The city was quiet on New Year's Day of 2000, despite fears.", "2025-06-08", "New Year's Day of 2000", "DATE",
     "2000-01-01"),
    # a market calendar's days lie ahead: "due Friday", "set to report on Wednesday", "braced for Wednesday's
    # data", "Nvidia reports results on Wednesday"; not a plan told in the past ("was set to headline Tuesday")
    ("Wall Street starts the week with a jobs report due Friday.", "2025-01-06", "Friday", "DATE", "2025-01-10"),
    ("Earnings season kicks into high gear, with Alphabet and Tesla set to report on Wednesday.", "2025-07-19",
     "Wednesday", "DATE", "2025-07-23"),
    ("U.S. stocks slid on Monday as investors braced for Wednesday's consumer price data.", "2025-03-10",
     "Wednesday", "DATE", "2025-03-12"),
    ("Nvidia reports second-quarter results on Wednesday after the bell.", "2025-08-23", "Wednesday", "DATE",
     "2025-08-27"),
    ("The first fundraiser, which Trump was set to headline Tuesday in Albuquerque, requires a donation.",
     "2016-05-25", "Tuesday", "DATE", "2016-05-24"),
    # "over the year" after a past year in its sentence is that year; a day before a compared amount is not
    # counted from a meeting still ahead
    ("The S&P 500 rose nearly 27% in 2021, notching 70 record closes over the year.", "2022-01-02", "the year",
     "DATE", "2021"),
    ("Markets price an 85% chance of a cut at the Sept. 16 meeting, up from 75% a day earlier.", "2022-01-02",
     "a day earlier", "DATE", "2022-01-01"),
    # a show or ceremony is a scheduled event: its day under "will" lies ahead
    ("Sunday's 90th Academy Awards will be held at the Dolby Theatre.", "2018-03-03", "Sunday", "DATE",
     "2018-03-04"),
    ("Thursday's concert will feature Adele.", "2019-02-20", "Thursday", "DATE", "2019-02-21"),
    ("Queen Elizabeth II died Thursday afternoon at Balmoral, her summer residence in Scotland. The BBC suspended "
     "programming that evening.", "2022-09-09", "that evening", "TIME", "2022-09-08TEV"),
    # a date the parser hangs on a trailing "X said" belongs to the reported clause's verb
    ("Beyonce's concert film will hit theaters Dec. 1, AMC said Wednesday.", "2023-09-14", "Dec. 1", "DATE",
     "2023-12-01"),
    ("The film opened Dec. 1, AMC said Wednesday.", "2023-09-14", "Dec. 1", "DATE", "2022-12-01"),
    # a participle as complement takes its verb's tense; "as early as" in a simple past is gone by
    ("The bridge stayed closed until mid-March.", "2025-06-14", "mid-March", "DATE", "2025-03"),
    ("The refinery reopened as early as May, ahead of schedule.", "2025-07-19", "May", "DATE", "2025-05"),
    ("Home prices are down 4% from a peak in July.", "2025-02-20", "July", "DATE", "2024-07"),
    ("Mortgage rates are lower than in January.", "2025-07-19", "January", "DATE", "2025-01"),
    ("The new bridge is set to open Feb. 2.", "2025-02-20", "Feb. 2", "DATE", "2026-02-02"),
    # a clock time of a weekly day is of no one day
    ("The show airs Wednesdays at 9 p.m. on NBC.", "2025-03-05", "9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
    ("The yen swung wildly in the hours after the decision.", "2023-07-30", "the hours", "DURATION", "PTXH"),
    ("More than 200 events are planned for May.", "2025-02-20", "May", "DATE", "2025-05"),
    # an ordinal day the text then names is that day
    ("The strike entered its third day on Saturday.", "2024-04-14", "third day", "DATE", "2024-04-13"),
    ("On the second day of the conclave, Thursday, white smoke rose.", "2024-04-14", "the second day", "DATE",
     "2024-04-11"),
    ("The first day was calm. On Monday, protests began.", "2024-04-14", "The first day", "DATE", "XXXX-XX-XX"),
    # a fraction of an amount is no quarter-year, and leaves the year after it alone
    ("Exports fell by a quarter last year.", "2024-03-12", "last year", "DATE", "2023"),
    ("The state cut spending by a quarter in 2024.", "2025-03-12", "2024", "DATE", "2024"),
    ("The launch was delayed by a quarter.", "2024-03-12", "a quarter", "DURATION", "P1Q"),
    # a hedged year ahead, or a round one with a year's cue
    ("China will peak its emissions around 2030.", "2014-11-12", "around 2030", "DATE", "2030"),
    ("Coal plants could close by about 2030.", "2018-10-09", "about 2030", "DATE", "2030"),
    ("Around 2000, the dot-com bubble burst.", "2022-09-14", "Around 2000", "DATE", "2000"),
    ("It was built in about 1850.", "2022-09-14", "about 1850", "DATE", "1850"),
    # a set of a range of units; a half century after "the past"
    ("Heat waves now happen every two or three years.", "2025-03-04", "every two or three years", "SET", "P2Y"),
    ("Droughts strike every 5 to 10 years.", "2025-03-04", "every 5 to 10 years", "SET", "P5Y"),
    ("Over the past half century, the Arctic has warmed.", "2025-03-04", "the past half century", "DURATION",
     "P50Y"),
    # a part of a quarter
    ("Hospitals must submit reports by the end of the third quarter.", "2015-01-12", "the end of the third quarter",
     "DATE", "2015-Q3"),
    # "last quarter" while the quarter named before it is still running is the one before
    ("The company expects revenue to decline this quarter. Last quarter, revenue rose 4%.", "2024-03-12",
     "Last quarter", "DATE", "2023-Q4"),
    # a weekday with its date keeps a year they agree in, over the story's year
    ("Sam Ortiz, the city mayor from 1990 to 1998, died Tuesday, March 5, at his home.", "2024-03-12",
     "Tuesday, March 5", "DATE", "2024-03-05"),
    # a year in an apposition tells of the person, not of the main clause's time
    ("Gordon Platt, the city parks director from 1978 to 1996, died Sept. 3. He was 86.", "2020-09-08", "Sept. 3",
     "DATE", "2020-09-03"),
    ("Betty Ruiz, a 1965 graduate of Roosevelt High School, died May 20.", "2021-05-24", "May 20", "DATE",
     "2021-05-20"),
    ("In 1996, the plant, which employed 300, closed on Sept. 3.", "2021-09-08", "Sept. 3", "DATE", "1996-09-03"),
    # funerals and services are scheduled: a possessive day under "will" lies ahead
    ("Saturday's funeral will be open to the public.", "2016-05-26", "Saturday", "DATE", "2016-05-28"),
    ("Friday's service at St. Mark's will begin at 10 a.m.", "2016-05-23", "10 a.m.", "TIME", "2016-05-27T10:00"),
    ("Thousands attended Saturday's funeral.", "2016-05-23", "Saturday", "DATE", "2016-05-21"),
    # "the following January": the first January after the time told of
    ("The law was signed in March 2021 and took effect the following January.", "2024-06-10",
     "the following January", "DATE", "2022-01"),
    ("The bill passed in March 2021; the following June it was repealed.", "2024-06-10", "the following June",
     "DATE", "2021-06"),
    ("The dam broke in August 2005. The previous June, engineers had warned of cracks.", "2024-06-10",
     "The previous June", "DATE", "2005-06"),
    # an event a simple-past verb tells of is past, however near the same day of the coming year
    ("The attack on Oct. 7 killed about 1,200 people.", "2024-09-20", "Oct. 7", "DATE", "2023-10-07"),
    ("The Oct. 7 attack killed about 1,200 people.", "2024-09-20", "Oct. 7", "DATE", "2023-10-07"),
    ("The Oct. 6 election was postponed.", "2024-09-20", "Oct. 6", "DATE", "2024-10-06"),
    ("\u201cWith an eye to February 20th, Carolina,\u201d he said.", "2016-02-06", "February 20th", "DATE",
     "2016-02-20"),
    # a simple present with "until": a deadline still open
    ("The transition period runs until December 31.", "2020-02-03", "December 31", "DATE", "2020-12-31"),
    ("The inquiry reports its findings on Friday.", "2024-09-11", "Friday", "DATE", "2024-09-13"),
    ("The Senate votes on the bill on Thursday.", "2012-02-27", "Thursday", "DATE", "2012-03-01"),
    # an anniversary: the anchor's day (night, week) that many units back, and the story's day after it
    ("Thirty years ago tonight, the Berlin Wall fell.", "2019-11-09", "Thirty years ago tonight", "TIME",
     "1989-11-09TNI"),
    ("The earthquake that struck a week ago today has killed 35,000.", "2023-02-13", "a week ago today", "DATE",
     "2023-02-06"),
    ("Fifty years ago today, tanks rolled into Saigon. The day before, the last helicopters had left.",
     "2025-04-30", "The day before", "DATE", "1975-04-29"),
    ("Twenty years ago this morning, hijackers flew two planes into the towers. The first plane struck at "
     "8:46 a.m.", "2021-09-11", "8:46 a.m.", "TIME", "2001-09-11T08:46"),
    ("Fifty years ago this month, Armstrong walked on the moon. Later that year, Apollo 12 followed.",
     "2019-07-20", "Later that year", "DATE", "1969"),
    # "the year", "the end of the decade", "the fall" in a past story years back: of the story's time
    ("Blake drilled his first well in 1951. By the end of the year he was nearly broke.", "2017-08-14",
     "the end of the year", "DATE", "1951"),
    ("Pritchard was hired in 1972. That spring she planted tulips. By the end of the decade, attendance had "
     "grown tenfold.", "2022-05-16", "the end of the decade", "DATE", "197"),
    ("Vo arrived in California in May 1975. By the fall he had enrolled at a college.", "2016-07-18", "the fall",
     "DATE", "1975-FA"),
    ("Sales fell 3 percent in 2014. The company will cut jobs later in the year.", "2017-08-14", "the year", "DATE",
     "2017"),
    ("Views improved in 2009. While views of Obama have improved dramatically in the year, most disapprove.",
     "2016-06-09", "the year", "DATE", "2016"),
    # when a measure a noun names begins: after the telling
    ("The county commission on Monday approved a property tax increase beginning in January.", "2023-09-19",
     "January", "DATE", "2024-01"),
    ("The city announced a new curfew taking effect Friday at 10 p.m.", "2023-09-19", "Friday", "DATE",
     "2023-09-22"),
    ("Prices rose sharply, beginning in January.", "2023-09-19", "January", "DATE", "2023-01"),
    ("Clinton had a tough contest in 1992. He was successful in turning around his image between the primaries "
     "and the end of his convention later in the summer.", "2016-04-20", "the summer", "DATE", "1992-SU"),
    # "one day" after a preposition is a length; "a year since" too
    ("Trash pickup will be delayed by one day.", "2023-12-19", "one day", "DURATION", "P1D"),
    ("She will one day run for office.", "2023-12-19", "one day", "DATE", "FUTURE_REF"),
    ("It has been a year since the death of Queen Elizabeth II.", "2023-09-08", "a year", "DURATION", "P1Y"),
    # a quarter or half ahead that this year's has long ended is next year's
    ("The company said Friday it will cut about 1,100 jobs in the first quarter.", "2022-12-16",
     "the first quarter", "DATE", "2023-Q1"),
    ("The company expects to close the deal in the first half.", "2022-12-16", "the first half", "DATE", "2023-H1"),
    ("The company expects third-quarter earnings to rise.", "2022-12-16", "third-quarter", "DATE", "2022-Q3"),
    # a month a deferral moves to
    ("The vote was postponed to May.", "2025-08-04", "May", "DATE", "2026-05"),
    ("The hearing was moved to March.", "2025-08-04", "March", "DATE", "2026-03"),
    # a month told in the past has begun
    ("By mid-January, the first case had been confirmed outside China.", "2020-12-31", "mid-January", "DATE",
     "2020-01"),
    ("January began with fires in Los Angeles.", "2025-12-31", "January", "DATE", "2025-01"),
    ("The government gave Merieux until mid-November to submit information.", "2020-10-30", "mid-November",
     "DATE", "2020-11"),
    # an event promised, asked for or set lies ahead
    ("The interim government has promised elections in February.", "2025-08-05", "February", "DATE", "2026-02"),
    ("Prosecutors have asked for a December trial date.", "2023-07-14", "December", "DATE", "2023-12"),
    ("That proposal prompted Parliament to call a debate in January on the ban.", "2016-08-10", "January", "DATE",
     "2016-01"),
    # a pair of the same grain shares the year the second names
    ("The seizure in February and March 2014 was followed by war.", "2024-03-18", "February", "DATE", "2014-02"),
    ("Talks were held on Nov. 12 and Nov. 13, 2019.", "2024-03-18", "Nov. 12", "DATE", "2019-11-12"),
    ("He visited in May and on June 3, 2019.", "2024-03-18", "May", "DATE", "2023-05"),
    ("Workers will receive a 4% raise retroactive to Jan. 1.", "2025-02-03", "Jan. 1", "DATE", "2025-01-01"),
    ("Armenians marked the anniversary of the killings of 1915. On April 24 of that year, authorities rounded up "
     "intellectuals.", "2015-04-24", "April 24 of that year", "DATE", "1915-04-24"),
    # a week told of after a month of another year: a week of that year
    ("In March 1970 he was drafted. Later that week he left for basic training.", "2024-01-17", "Later that week",
     "DATE", "1970-WXX"),
    # "that season", "the following season": a (sports) season of the year told of
    ("His 1966 team went undefeated. That season, the team won its games by 22 points.", "2017-03-27",
     "That season", "DATE", "1966"),
    ("In 1961 he hit 30 home runs, and the following season he hit 40.", "2017-03-27", "the following season",
     "DATE", "1962"),
    # "this year" is the writing's, whatever quarter an earnings story reported
    ("Apple said its fiscal third-quarter revenue rose 10 percent. It expects to finish the buyback by the end of "
     "this year.", "2013-03-20", "the end of this year", "DATE", "2013"),
    # the month some records cover is gone by when they are due
    ("New-home sales for February will be released Tuesday.", "2013-03-20", "February", "DATE", "2013-02"),
    ("The government will publish data for the fourth quarter on Thursday.", "2013-03-20", "the fourth quarter",
     "DATE", "2012-Q4"),
    # present-tense schedules: a passive, an age to come, the day as subject, a verbless parse
    ("The report is published on Wednesday.", "2013-03-18", "Wednesday", "DATE", "2013-03-20"),
    ("Twitter, which turns seven on Thursday, said it was happy.", "2013-03-18", "Thursday", "DATE", "2013-03-21"),
    ("Wednesday marks 10 years since the invasion.", "2013-03-18", "Wednesday", "DATE", "2013-03-20"),
    ("The parliament votes on Wednesday.", "2013-03-18", "Wednesday", "DATE", "2013-03-20"),
    ("Clinton could have most of the delegates after all the votes are counted Tuesday.", "2016-04-27", "Tuesday",
     "DATE", "2016-04-26"),
    # a US time zone named by its region, and the day after it
    ("The game tips off at 12:15 p.m. Eastern on Thursday.", "2013-03-18", "12:15 p.m. Eastern", "TIME",
     "2013-03-21T12:15"),
    # a season of a year counted from the writing
    ("In the spring of last year, prices rose.", "2013-03-20", "the spring of last year", "DATE", "2012-SP"),
    ("In the summer of next year, they will build it.", "2013-03-20", "the summer of next year", "DATE", "2014-SU"),
    # the fourth quarter named in January is the one just ended, not one nine months ahead
    ("Alcoa kicked off the fourth-quarter reporting season.", "2013-01-08", "fourth-quarter", "DATE", "2012-Q4"),
    ("The move would reduce its fourth-quarter earnings by 5 cents.", "2013-01-08", "fourth-quarter", "DATE",
     "2012-Q4"),
    ("The government's third estimate of fourth-quarter growth is due on March 28.", "2013-03-20", "fourth-quarter",
     "DATE", "2012-Q4"),
    ("The economy is expected to have risen in the fourth quarter.", "2013-01-08", "the fourth quarter", "DATE",
     "2012-Q4"),
    ("The company expects second-quarter revenue of $2 billion.", "2013-01-08", "second-quarter", "DATE", "2013-Q2"),
    # a period's end has no tense of its own
    ("The company raised its forecast for the fiscal year ending in May.", "2013-01-08", "May", "DATE", "2013-05"),
    ("Beijing responded by establishing a bank in June with a $100 billion capital base.", "2015-12-28", "June",
     "DATE", "2015-06"),
    # "the previous week" after "last week": the one before it
    ("Rates averaged 3.34 percent last week, down from 3.35 percent the previous week.", "2013-01-08",
     "the previous week", "DATE", "2012-W52"),
    # what a forecast is for lies ahead, even told in the past (not the day of the telling)
    ("Forecasters predicted winds of up to 40 mph along the coast Monday night and Tuesday.", "2013-03-11",
     "Tuesday", "DATE", "2013-03-12"),
    ("Forecasters warned of a messy commute Tuesday morning.", "2013-03-11", "Tuesday morning", "TIME",
     "2013-03-12TMO"),
    ("Forecasters warned Tuesday of more snow.", "2013-03-11", "Tuesday", "DATE", "2013-03-05"),
    # a present schedule whose day the parser hung on a noun; a fronted phrase keeps its day
    ("The race ends officially with a banquet Sunday.", "2016-05-05", "Sunday", "DATE", "2016-05-08"),
    ("Even with his victory in the Indiana primary Tuesday, it remains all but impossible for him to win.",
     "2016-05-05", "Tuesday", "DATE", "2016-05-03"),
    # a feast named before its date is one expression with it, not a name that swallows the date
    ("Francis is expected to celebrate Mass on Holy Thursday, March 28, at a juvenile detention center.",
     "2013-03-20", "Holy Thursday, March 28", "DATE", "2013-03-28"),
    # a month of data to be released is gone by ("data" is its own plural)
    ("China will release December trade data on Thursday.", "2013-03-20", "December", "DATE", "2012-12"),
    # "the year" of a clause told as of now is the writing's, whatever quarter was reported before
    ("Net income for the quarter that ended Feb. 28 rose. Shares have gained 12 percent since the start of the year.",
     "2013-03-20", "the start of the year", "DATE", "2013"),
    ("Net income for the quarter that ended Feb. 28 rose. The company now expects earnings of $6.20 a share for "
     "the year.", "2013-03-20", "the year", "DATE", "2013"),
    ("Apple reported results for the fourth quarter of 2012. For the full year, sales rose 5 percent.", "2013-03-20",
     "the full year", "DATE", "2012"),
    # a vague count of thousands or billions of years is vague, not a thousand
    ("The rock formed several thousand years ago.", "2013-03-20", "several thousand years ago", "DATE", "PAST_REF"),
    ("Temperatures rose for several thousand years.", "2013-03-20", "several thousand years", "DURATION", "PXY"),
    ("The universe formed billions of years ago.", "2013-03-20", "billions of years ago", "DATE", "PAST_REF"),
    ("The site was settled a thousand years ago.", "2013-03-20", "a thousand years ago", "DATE", "1013"),
    # a 24-hour clock's small hours stay small, whatever night follows; "overnight" is no evening
    ("The fire started at 02:00 the previous night.", "2013-03-20", "02:00", "TIME", "2013-03-20T02:00"),
    ("The car was found at 1:30 overnight.", "2013-03-20", "1:30", "TIME", "2013-03-20T01:30"),
    ("He was shot at 9:14 that night.", "2013-03-20", "9:14", "TIME", "2013-03-20T21:14"),
    # "successive" counts like "consecutive"
    ("The economy shrank for six successive quarters.", "2013-03-20", "six successive quarters", "DURATION", "P6Q"),
    # every year's feast: a set
    ("The family gathers every Christmas Eve.", "2013-03-20", "every Christmas Eve", "SET", "XXXX-12-24"),
    ("They meet each Thanksgiving.", "2013-03-20", "each Thanksgiving", "SET", "P1Y"),
    # a present plural the tagger took for a base form: a fixture ahead
    ("Arsenal play Swansea on Saturday.", "2013-03-20", "Saturday", "DATE", "2013-03-23"),
    ("The Lib Dems gather in Brighton on Friday.", "2013-03-20", "Friday", "DATE", "2013-03-22"),
    # what a past decision set runs on ahead; a measure taken lasts "until" a time to come
    ("The House voted to fund the government through Sept. 30.", "2013-03-15", "Sept. 30", "DATE", "2013-09-30"),
    ("The program ran through Sept. 30.", "2013-03-15", "Sept. 30", "DATE", "2012-09-30"),
    ("Three men were arrested and released on bail until May.", "2013-03-04", "May", "DATE", "2013-05"),
    ("He was banned from driving until October.", "2013-03-04", "October", "DATE", "2013-10"),
    ("The minister was given until Friday to respond.", "2013-03-04", "Friday", "DATE", "2013-03-08"),
    ("The shop stayed open until Friday.", "2013-03-04", "Friday", "DATE", "2013-03-01"),
    # a range's end is the first such feast on or after its start
    ("Daylight saving time lasts from the second Sunday in March to the first Sunday in November.", "2013-03-11",
     "the first Sunday in November", "DATE", "2013-11-03"),
    ("The season runs from Thanksgiving to Easter.", "2013-03-11", "Easter", "DATE", "2014-04-20"),
    # a weekday "of" the week named after it, not of a week's event
    ("Markets in Japan were closed on Monday of last week.", "2013-01-08", "Monday", "DATE", "2012-12-31"),
    ("Tulsa police released video on Monday of last week's shooting.", "2016-09-20", "Monday", "DATE", "2016-09-19"),
    # a length granted is no rate ("giving lenders a year"); "straight quarters of" counts quarters
    ("The rule takes effect in January 2014, giving lenders a year to prepare.", "2013-03-20", "a year",
     "DURATION", "P1Y"),
    ("Growth picked up after seven straight quarters of slowing.", "2013-03-20", "seven straight quarters",
     "DURATION", "P7Q"),
    ("He expended his talking points in the opening minutes of the night.", "2016-09-29", "minutes", "DURATION",
     "PTXM"),
    # "earlier than usual" compares with the usual time: a length, not a month back from the writing
    ("This season began about a month earlier than usual.", "2013-03-20", "about a month", "DURATION", "P1M"),
    ("The launch came a year earlier than planned.", "2013-03-20", "a year", "DURATION", "P1Y"),
    ("A month earlier, he had resigned.", "2013-03-20", "A month earlier", "DATE", "2013-02"),
    # the days a warning runs over lie ahead, even when the warning was issued before
    ("The Met Office has issued an amber warning for snow from Thursday until Saturday.", "2013-03-20", "Thursday",
     "DATE", "2013-03-21"),
    # advice given in the past is for a time either side: the nearer weekend or day
    ("Drivers were advised to check forecasts before setting off this weekend.", "2013-03-20", "this weekend",
     "DATE", "2013-W12-WE"),
    ("Officials advised people to stay home on Saturday.", "2013-03-20", "Saturday", "DATE", "2013-03-23"),
    # a run of months with an adverb before its last: not the modal
    ("Flu can linger into April and even May.", "2013-03-20", "May", "DATE", "2013-05"),
    # "the early morning hours of Sunday": an idiom around the day (as "the early hours of"), which is
    # the last Sunday, not a day after the last date told
    ("The shooting happened on the night of Jan. 5. The robbery took place in the early morning hours of Sunday.",
     "2013-03-22", "Sunday", "DATE", "2013-03-17"),
    # a day counts from the last day told of, past a season named in passing in its paragraph
    ("The explosion happened Wednesday night. The plant had been inspected this spring. One worker died at a "
     "hospital the next morning.", "2013-03-22", "the next morning", "TIME", "2013-03-21TMO"),
    # a range of clock times that ends before it starts ends the next day
    ("A curfew runs from 9 p.m. to 6 a.m. in the capital.", "2013-03-18", "6 a.m.", "TIME", "2013-03-19T06:00"),
    ("Police imposed a curfew on Tuesday from 9 p.m. to 6 a.m.", "2013-03-18", "6 a.m.", "TIME", "2013-03-13T06:00"),
    # opening hours of recurring days, or of every day, are of no one day
    ("The museum is open from 10 a.m. to 4 p.m. Tuesdays through Saturdays.", "2013-03-18", "10 a.m.", "TIME",
     "XXXX-XX-XXT10:00"),
    ("The Cannes market will operate daily from 9 a.m. to 7 p.m.", "2013-03-15", "7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
    # a clock time takes the day named after it, set off by a comma
    ("Bond trading will close early, at 2 p.m., on Thursday, March 28.", "2013-03-14", "2 p.m.", "TIME",
     "2013-03-28T14:00"),
    ("Crowds gathered around noon outside the parliament.", "2013-03-18", "around noon", "TIME", "2013-03-18T12:00"),
    ("He served two five-year terms in office.", "2013-03-18", "five-year", "DURATION", "P5Y"),
    # a plan told in the past may have lapsed: the nearer date, either side
    ("The film had been scheduled for release in January before Warner moved it to March.", "2013-03-15",
     "January", "DATE", "2013-01"),
    ("The vote was originally scheduled for Sunday.", "2013-03-18", "Sunday", "DATE", "2013-03-17"),
    # "to March" with a capital is the month, not the verb
    ("The film had been scheduled for release in January before Warner moved it to March.", "2013-03-15",
     "March", "DATE", "2013-03"),
    ("The Afghan army lost 1,200 soldiers in the 12 months to March, officials said.", "2013-03-18", "March", "DATE",
     "2013-03"),
    # a present perfect counts from the writing, not from a year named before
    ("The index is below its record close from October 9, 2007. The Nikkei has jumped about 40 percent since "
     "mid-November.", "2013-03-18", "mid-November", "DATE", "2012-11"),
    # "reports" with nothing said is a schedule
    ("Oracle will report on Wednesday. Nike reports on Thursday.", "2013-03-18", "Thursday", "DATE", "2013-03-21"),
    # a trailing year opens no scene for the months after it
    ("Over the past year violence has crept back up. Militants claimed dozens of attacks since January.",
     "2013-03-18", "January", "DATE", "2013-01"),
    # "were supposed to": a plan as it stood, the nearer day
    ("Cypriot banks, which were supposed to reopen Tuesday, will remain closed until Thursday.", "2013-03-18",
     "Tuesday", "DATE", "2013-03-19"),
    # a live blog's stamp is of the writing day, whatever the entry before told of
    ("9:00 a.m. ET: Officials met on Friday and Saturday.\n9:30 a.m. ET: The president spoke to reporters.",
     "2013-03-18", "9:30 a.m. ET", "TIME", "2013-03-18T09:30"),
    # a deferral to a clock time on a day points to that day
    ("The session was moved to 6 p.m. (1600 GMT) on Monday.", "2013-03-17", "Monday", "DATE", "2013-03-18"),
    ("The session was moved to 6 p.m. (1600 GMT) on Monday.", "2013-03-17", "6 p.m.", "TIME", "2013-03-18T18:00"),
    # a day declared a holiday: the nearer one
    ("The government has declared Tuesday and Wednesday bank holidays to prevent a run on deposits.", "2013-03-17",
     "Tuesday", "DATE", "2013-03-19"),
    # a bare clock time after a p.m. one in its paragraph, at the same hour or later, is p.m. too
    ("The meeting starts at 2 p.m., followed by a news conference at 2:30.", "2013-03-21", "2:30", "TIME",
     "2013-03-21T14:30"),
    ("A week from today, voters go to the polls.", "2013-03-21", "A week from today", "DATE", "2013-03-28"),
    ("It was the coldest March since 1962.", "2013-03-21", "March", "DATE", "2013-03"),
    # "as scheduled" under "would" is still ahead
    ("The company said it would hold its annual meeting as scheduled on May 22.", "2013-03-21", "May 22", "DATE",
     "2013-05-22"),
    ("Arctic ice could vanish by the end of the summer.", "2013-03-18", "the end of the summer", "DATE", "2013-SU"),
    # "a three-year period": the period is the length (TimeBank tags it whole)
    ("The shares rose over a five-year period.", "2013-03-18", "a five-year period", "DURATION", "P5Y"),
    # a plural part of a weekday reaches back to the day before it in a list
    ("The bars are busy on Friday and Saturday nights.", "2013-03-18", "Friday", "SET", "XXXX-WXX-5TNI"),
    ("Sales fell in the past three fiscal years.", "2013-03-18", "the past three fiscal years", "DURATION", "P3Y"),
    ("The rocks formed 4.5 billion years ago.", "2013-03-18", "4.5 billion years ago", "DATE", "PAST_REF"),
    # a measure ordered in the past runs on to its bound
    ("The president ordered flags lowered to half-staff until Sunday.", "2013-03-20", "Sunday", "DATE", "2013-03-24"),
    ("Spring officially arrived on Wednesday.", "2013-03-20", "Spring", "DATE", "2013-SP"),
    ("Spending will rise by the end of the fiscal year.", "2013-03-20", "the end of the fiscal year", "DATE", "2013"),
    # a warning with a "that" clause or in the past perfect is dated, not forecast for the date
    ("Netanyahu warned the United Nations in September that Iran could reach the capability to build a bomb.",
     "2013-03-20", "September", "DATE", "2012-09"),
    ("The 22 days it had warned of in February passed quietly.", "2013-03-18", "February", "DATE", "2013-02"),
    # a campaign is for a race to come, whatever the tense of its start
    ("Merkel kicked off her campaign for the September 22 federal election on Sunday.", "2013-03-20",
     "September 22", "DATE", "2013-09-22"),
    # "the fiscal year that ended June 30, 2012": the length, as "the year ended" in TimeBank
    ("The city spent $3 million in the fiscal year that ended June 30, 2012.", "2013-03-20", "the fiscal year",
     "DURATION", "P1Y"),
    # nothing is said ahead of the writing: a quoted "tomorrow" does not count from a deadline to come
    ("Bersani will report back by next Wednesday. \"I will begin talks tomorrow,\" he said.", "2013-03-22",
     "tomorrow", "DATE", "2013-03-23"),
    # an anniversary is an event of its own day: the clause's tense places it
    ("Wednesday's anniversary will be quiet.", "2013-03-19", "Wednesday", "DATE", "2013-03-20"),
    # "hoped" (the model's lemma "hop") is a bid: its aim is either side, the nearer day
    ("Leaders said they hoped to hold a final vote by Friday.", "2013-03-20", "Friday", "DATE", "2013-03-22"),
    # a day given its year by the story passes the year on
    ("U.S. troops entered Iraq on March 20, 2003. Baghdad fell on April 9. Bush declared the end of major combat "
     "on May 1.", "2013-03-20", "May 1", "DATE", "2003-05-01"),
    # a fronted "On Monday" before a present clause is a schedule
    ("On Monday he has no public events.", "2013-03-23", "Monday", "DATE", "2013-03-25"),
    # after a late evening time, a morning one up to 9 a.m. is the next day's
    ("The flight departed at 11:35 p.m. Tuesday and was due to land at 6:10 a.m.", "2013-03-22", "6:10 a.m.", "TIME",
     "2013-03-20T06:10"),
    # a clock time takes the feast day named after it
    ("The pope will celebrate Mass at 5:30 p.m. on Holy Thursday, March 28.", "2013-03-22", "5:30 p.m.", "TIME",
     "2013-03-28T17:30"),
    # a present clause's clock time does not go back to a day long gone
    ("The index closed at a record on October 9, 2007. Data due at 10 a.m. is expected to show a rise.",
     "2013-03-18", "10 a.m.", "TIME", "2013-03-18T10:00"),
    ("He preached there two Sundays ago.", "2013-03-20", "two Sundays ago", "DATE", "2013-03-10"),
    ("Wreaths were laid on Remembrance Sunday.", "2013-03-20", "Remembrance Sunday", "DATE", "2012-11-11"),
    ("The pope was installed on St. Joseph's Day.", "2013-03-20", "St. Joseph's Day", "DATE", "2013-03-19"),
    ("Further action was possible over the Easter holiday weekend.", "2013-03-15", "the Easter holiday weekend", "DATE",
     "2013-W13-WE"),
    # a preposition "following" stays outside; a number after it starts the length
    ("He stepped down following 18 days of mass protests.", "2013-07-04", "18 days", "DURATION", "P18D"),
    ("We plan five years ahead.", "2011-01-25", "five years ahead", "DURATION", "P5Y"),
    ("Sterling fell within minutes of the release.", "2011-01-25", "minutes", "DURATION", "PTXM"),
    ("The minutes of today's meeting will be published on February 23.", "2011-02-10", "today", "DATE", "2011-02-10"),
    ("Shares rallied on the eve of tomorrow's Budget.", "2013-03-19", "tomorrow", "DATE", "2013-03-20"),
    ("It came on the eve of an appearance tomorrow by the governor.", "2014-01-15", "tomorrow", "DATE", "2014-01-16"),
    ("They are hoping for a brighter tomorrow.", "2014-01-15", "tomorrow", "DATE", "FUTURE_REF"),
    ("The committee will meet again on Thursday next week.", "2013-04-25", "Thursday next week", "DATE", "2013-05-02"),
    ("The committee met on Monday last week.", "2013-04-25", "Monday last week", "DATE", "2013-04-15"),
    # an aim told in the past (a purpose, an invitation, a deadline's event, an outlook): the nearer
    ("Ban said efforts were under way to hold a peace conference in Geneva in mid-November.", "2013-10-01",
     "mid-November", "DATE", "2013-11"),
    ("Mr Obama has invited the leaders of both parties to the White House on Friday.", "2014-11-05", "Friday",
     "DATE", "2014-11-07"),
    ("He said he wanted a successor in place by the party conference in September.", "2010-05-12", "September",
     "DATE", "2010-09"),
    ("Forecasters said severe thunderstorms were possible again Saturday afternoon.", "2011-04-28",
     "Saturday afternoon", "TIME", "2011-04-30TAF"),
    ("Economists expect a rise in May, once the committee has seen the Inflation Report on Wednesday.",
     "2011-02-10", "Wednesday", "DATE", "2011-02-16"),
    # a date a court sets or lists is ahead of the setting
    ("A hearing, adjourned twice, has been listed for 8 March.", "2015-12-11", "8 March", "DATE", "2016-03-08"),
    ("The judge fixed the start of the trial for 3 December.", "2007-11-04", "3 December", "DATE", "2007-12-03"),
    ("The judge postponed the trial, setting a new trial date of Sept. 13.", "2004-03-05", "Sept. 13", "DATE",
     "2004-09-13"),
    # the time of a forecast or an expectation told in the past is gone by
    ("The OBR now expects growth of 2 per cent in 2013, slightly higher than it forecast in November.",
     "2012-03-21", "November", "DATE", "2011-11"),
    ("In January, economists expected inflation to peak in April.", "2010-03-17", "January", "DATE", "2010-01"),
    ("On Friday, the government planned to pay the first claims.", "1998-09-30", "Friday", "DATE", "1998-09-25"),
    # "last year" in "the summer of last year" counts from the writing, whatever year was just told
    ("She was arrested in the spring of 2012. She was released in the summer of last year.", "2015-12-11",
     "the summer of last year", "DATE", "2014-SU"),
    ("On Election Day, the situation will have changed.", "2015-11-18", "Election Day", "DATE", "2016-11-08"),
    # an event a clause follows is gone by
    ("Economists had expected growth of 0.5 per cent, following expansion of 0.7 per cent in the third quarter.",
     "2011-01-25", "the third quarter", "DATE", "2010-Q3"),
    ("The Commerce Department will report new home sales for August on Wednesday.", "2006-09-26", "August", "DATE",
     "2006-08"),
    ("The speech will be broadcast live and rebroadcast Saturday afternoon.", "2001-01-08", "Saturday afternoon",
     "TIME", "2001-01-13TAF"),
    ("Mayors said fares would return to 3 reals starting Monday.", "2013-06-20", "Monday", "DATE", "2013-06-24"),
    ("Builders are optimistic about the next six months.", "2001-01-08", "the next six months", "DURATION", "P6M"),
    ("The attack happened in the afternoon.", "2014-02-10", "the afternoon", "TIME", "2014-02-10TAF"),
    ("Stocks fell on Friday. Dealers placed heavy buy orders in the morning.", "2014-02-10", "the morning", "TIME",
     "2014-02-07TMO"),
    ("The market is expected to be thin after the Thursday holiday.", "2013-03-20", "Thursday", "DATE", "2013-03-21"),
    ("The war ended under UN resolution 1701 in August.", "2006-08-20", "August", "DATE", "2006-08"),
    ("Ten films will compete when the Academy Awards are handed out on Sunday night.", "2010-03-05", "Sunday night",
     "TIME", "2010-03-07TNI"),
    ("Organizers said sales were running 12 percent ahead of that pace as of Friday.", "2008-10-20", "Friday", "DATE",
     "2008-10-17"),
    ("The winner will be inaugurated on Jan. 21, since Jan. 20 falls on a Sunday.", "2012-11-05", "Jan. 20", "DATE",
     "2013-01-20"),
    ("It has now spent 11 nonconsecutive weeks at the top of the chart.", "2015-07-02", "11 nonconsecutive weeks",
     "DURATION", "P11W"),
    ("Maas, who died in 1911, spent the last decade of his life in near obscurity.", "2007-06-14", "the last decade",
     "DATE", "XXX"),
    ("Analysts had predicted a runoff on June 19 between the two men.", "2009-06-13", "June 19", "DATE", "2009-06-19"),
    # spoken dates and clock times (broadcast transcripts)
    ("The president leaves on March twenty-second for a trip.", "1998-03-11", "March twenty-second", "DATE",
     "1998-03-22"),
    ("He orbited the earth three times on February twentieth, 1962.", "1998-03-11", "February twentieth, 1962", "DATE",
     "1962-02-20"),
    ("International Women's Day is this coming Sunday, March eighth.", "1998-03-05",
     "this coming Sunday, March eighth", "DATE", "1998-03-08"),
    ("The accident happened at about six-fifteen a.m. near the station.", "1998-03-11", "about six-fifteen a.m.",
     "TIME", "1998-03-11T06:15"),
    ("Polls close at seven oh-five p.m. Tuesday.", "1998-03-11", "seven oh-five p.m. Tuesday", "TIME",
     "1998-03-17T19:05"),
    # "today" set against a time long past: these days
    ("'Four years ago, people were writing our obituary,' he said. 'Today, we're hiring.'", "2013-05-01", "Today",
     "DATE", "PRESENT_REF"),
    ("The island prison closed in 1963. Today, about a million people take the ferry there.", "2013-03-20", "Today",
     "DATE", "PRESENT_REF"),
    ("The company was founded in 1885. Its shares are up today.", "1998-01-26", "today", "DATE", "1998-01-26"),
    # quarters of earnings reports
    ("Profit rose in the second quarter. It earned $402 million in the April-through-June quarter.", "2013-07-24",
     "the April-through-June quarter", "DATE", "2013-Q2"),
    ("Profit rose to $2 billion in the second quarter, from $2.4 billion in the prior-year period.", "2013-07-24",
     "the prior-year period", "DATE", "2012-Q2"),
    ("Net income rose to $1.2 billion in the second quarter, from $1.08 billion in the same quarter of 2012.",
     "2013-07-24", "the same quarter of 2012", "DATE", "2012-Q2"),
    # a year that names a thing sets no scene; a present perfect counts from now
    ("The 2011 agreements gave workers profit-sharing checks. Workers received checks of up to $7,000 in February.",
     "2013-05-01", "February", "DATE", "2013-02"),
    ("Two years ago, Congress ordered the agency to detain them. The agency has twice won delays, most recently in "
     "early October.", "1998-10-21", "early October", "DATE", "1998-10"),
    ("Packers usually halt kills every Saturday, but many plants have been running shifts since early August.",
     "2012-08-16", "early August", "DATE", "2012-08"),
    # a future at a scheduled event; a forecast or plan told in the past: the nearer day
    ("Arab League leaders will take up the issue at a summit in Qatar on Tuesday.", "2013-03-20", "Tuesday", "DATE",
     "2013-03-26"),
    ("Forecasters said more snow was possible over the weekend.", "1998-03-12", "the weekend", "DATE",
     "1998-W11-WE"),
    ("The airline said the strike was set to begin Saturday.", "1998-03-12", "Saturday", "DATE", "1998-03-14"),
    ("Forecasters said Thursday that more snow was expected Saturday.", "1998-03-12", "Saturday", "DATE",
     "1998-03-14"),
    # a clock time before the noun of an event set on a day is on that day
    ("Security guards will search every worshipper before the 7 a.m. Mass on Easter Sunday.", "2013-03-21",
     "7 a.m.", "TIME", "2013-03-31T07:00"),
    ("The mayor will hold a 2 p.m. news conference on Tuesday.", "2013-03-21", "2 p.m.", "TIME", "2013-03-26T14:00"),
    ("The company would break even in Europe by mid-decade.", "2013-05-01", "mid-decade", "DATE", "201"),
    ("The president speaks at seven-thirty tonight.", "1998-03-11", "seven-thirty tonight", "TIME",
     "1998-03-11T19:30"),
    ("The deal was hammered out over two frantic days.", "2013-03-20", "two frantic days", "DURATION", "P2D"),
    # a year in passing cannot pin a weekday: the story's day does
    ("The deal was announced on Sunday, March 16, 2008. Bear's stock had traded above $170 in early 2007 and "
     "closed at $30 on the previous Friday.", "2013-03-20", "the previous Friday", "DATE", "2008-03-14"),
    ("The offer had been scheduled to expire at midnight April 10 but was extended.", "1998-04-16",
     "midnight April 10", "TIME", "1998-04-10T24:00"),
    ("The firm expects to close the fund by midsummer.", "1998-04-16", "midsummer", "DATE", "1998-SU"),
    ("IAEA inspectors visit the plant about once a month.", "2013-04-10", "about once a month", "SET", "P1M"),
    ("She has released a new album roughly every three years since.", "2013-05-16", "roughly every three years",
     "SET", "P3Y"),
    ("The first hearing is set for 2:30 p.m. next Tuesday.", "2013-03-20", "2:30 p.m. next Tuesday", "TIME",
     "2013-03-26T14:30"),
    ("The House vote was 390-33, and the Senate passed it 98-0 a week later.", "2013-03-20", "a week", "DURATION",
     "P1W"),
    # a quoted imperative looks ahead, whatever the tense of the saying
    ('"Ask me again in October," he said.', "2013-05-16", "October", "DATE", "2013-10"),
    ("German Chancellor Angela Merkel, facing a general election in September, has insisted that creditors share "
     "the cost.", "2013-03-19", "September", "DATE", "2013-09"),
    ("Super Saturday, the last Saturday before Christmas, falls on Dec. 22.", "2012-11-26",
     "the last Saturday before Christmas", "DATE", "2012-12-22"),
    ("The program started on Sept. 12, two months ahead of last year's start.", "2012-11-26", "last year", "DATE",
     "2011"),
    ("The privately held company postponed its planned initial public offering in October.", "2012-11-26",
     "October", "DATE", "2012-10"),
    ("Pope Francis will preside over Palm Sunday Mass in St. Peter's Square.", "2013-03-21", "Palm Sunday", "DATE",
     "2013-03-24"),
    ("Basra has been bombed almost nightly for weeks.", "1991-02-22", "nightly", "SET", "XXXX-XX-XXTNI"),
    ("Many predicted that the slump would end by midyear.", "1991-02-22", "midyear", "DATE", "1991"),
    ("The deployments will bring the force to more than 540,000, up from about 230,000 in early November.",
     "1991-02-22", "early November", "DATE", "1990-11"),
    ("Prices will be up 5 percent from a year earlier in March.", "2013-01-10", "March", "DATE", "2013-03"),
    ("The report will be followed next Thursday by new figures on jobless claims.", "1998-09-16", "next Thursday",
     "DATE", "1998-09-24"),
    ("Employers added jobs in August, more than in the mid-1990s. Factories cut jobs during the month.",
     "1998-09-16", "the month", "DATE", "1998-08"),
    ("Transcripts of her testimony from August could be made public as early as Monday.", "1998-09-16", "August",
     "DATE", "1998-08"),
    ("In 2009, the virus emerged in April. The first shots were given in October.", "2013-04-18", "October", "DATE",
     "2009-10"),
    # a day set for a deadline is still to come when it is set
    ("Baghdad radio denounced the ultimatum hours after the White House set a noon Saturday deadline for Iraq.",
     "1991-02-22", "noon Saturday", "TIME", "1991-02-23T12:00"),
    ("North Korea said it would not reopen the complex unless Seoul apologized by Friday's deadline.", "2013-04-10",
     "Friday", "DATE", "2013-04-12"),
    ("Friday's deadline came and went.", "2013-04-10", "Friday", "DATE", "2013-04-05"),
    ("Just hours ago, a twister touched down outside Tulsa.", "2013-04-17", "hours ago", "DATE", "PAST_REF"),
    ("The show airs tonight at 9:30.", "2013-04-17", "9:30", "TIME", "2013-04-17T21:30"),
    ("Jennifer will be back with a full update later tonight at 8:30 Eastern.", "2013-04-17", "8:30 Eastern", "TIME",
     "2013-04-17T20:30"),
    # a plan told as it stood may lie either side: the nearer month
    ("A test flight was scheduled for late September.", "2013-10-16", "late September", "DATE", "2013-09"),
    ("The hearing was scheduled for March.", "2013-01-10", "March", "DATE", "2013-03"),
    ("NASA spent $17 billion in the 2013 fiscal year.", "2013-10-16", "the 2013 fiscal year", "DATE", "2013"),
    ("Sales last weekend were up 6 percent from the same weekend in 2011.", "2012-11-29", "the same weekend in 2011",
     "DATE", "2011"),
    # a part of a decade named whole is that decade, the part its mod
    ("Sales were flat in the last half of the '80s.", "1989-10-26", "the last half of the '80s", "DATE", "198"),
    ("Crime fell by the end of the 1990s.", "2013-03-20", "the end of the 1990s", "DATE", "199"),
    # a modal the parser hung on the passive's "be" still makes the clause future
    ("Markets in Japan will be closed Wednesday for a holiday.", "2013-03-18", "Wednesday", "DATE", "2013-03-20"),
    # "in <month>" after a simple-past announcing of a date or election: when it was announced
    ("Gillard announced the election date in January.", "2013-03-22", "January", "DATE", "2013-01"),
    ("Gillard called the election in January.", "2013-03-22", "January", "DATE", "2013-01"),
    ("The junta promised elections in February.", "2013-03-22", "February", "DATE", "2014-02"),
    # "last <weekday>" written the day after is the week before's ("Wednesday" would be yesterday)
    ("The trial began last Wednesday and ended Sunday.", "2013-03-21", "last Wednesday", "DATE", "2013-03-13"),
    # a range's end named with "last" is counted from the writing, not from the range's start
    ("The trial ran from May 2011 to last October.", "2013-03-15", "last October", "DATE", "2012-10"),
    # a year of the five centuries before 1500, where only a year can stand
    ("Benedict was the first pope to resign since Gregory XII in 1415 when he stepped down.", "2013-03-22", "1415",
     "DATE", "1415"),
    ("It was the first visit by a patriarch since the Great Schism of 1054.", "2013-03-20", "1054", "DATE", "1054"),
    ("In the decade since the invasion, the city was rebuilt.", "2013-03-19", "the decade", "DURATION", "P10Y"),
    # a game's day modifying its noun is a fixture, which a schedule puts ahead
    ("Tuesday's opener is scheduled for 6:40 p.m.", "2013-03-15", "Tuesday", "DATE", "2013-03-19"),
    # a clock time told ahead is on the day ahead just named, not on the day of the telling
    ("Pope Francis will meet Benedict on Saturday, the Vatican said on Friday. He will arrive at about noon.",
     "2013-03-22", "about noon", "TIME", "2013-03-23T12:00"),
    ("The justices will hear arguments on Tuesday. Clinton endorsed it Monday. Arguments are scheduled to begin at "
     "10 a.m.", "2013-03-21", "10 a.m.", "TIME", "2013-03-26T10:00"),
    # "last" before a month and day: the one before the writing
    ("It was the warmest reading since last Oct. 26, forecasters said.", "2013-03-11", "last Oct. 26", "DATE",
     "2012-10-26"),
    # "about" after a noun ending in "-on" is no "on about"
    ("The appearance is sure to fuel speculation about 2016.", "2013-04-04", "2016", "DATE", "2016"),
    # a month after a saying is when it was said; the month after a past-tense "said in" likewise
    ("The Federal Reserve said in December it would keep its benchmark rate near zero.", "2013-04-16", "December",
     "DATE", "2012-12"),
    ("He won in January 2010. He said in February that he would not run this year.", "2013-04-04", "February", "DATE",
     "2013-02"),
    ("He left office in January 2011. She has raised $400,000 since entering the race in December.", "2013-04-04",
     "December", "DATE", "2012-12"),
    # a date before "X said" closing the sentence is the reported clause's
    ("Xi will attend the summit in Durban, South Africa, on March 26, a spokesman said.", "2013-03-17", "March 26",
     "DATE", "2013-03-26"),
    ("Some 500 pigs were found on Saturday, compared with more than 2,000 on Monday.", "2013-03-17", "Monday", "DATE",
     "2013-03-11"),
    ("The House voted for the bill Wednesday night. The Senate had approved it earlier Wednesday.", "2013-04-04",
     "Wednesday", "DATE", "2013-04-03"),
    ("Spring officially began on 1 March, according to the meteorological calendar.", "2013-03-19", "Spring", "DATE",
     "2013-SP"),
    ("Brent oil for June settlement gained 0.6 percent.", "2013-04-16", "June", "DATE", "2013-06"),
    # "May that year", "May of that year": a month of the year the story is at, ahead or gone by
    ("Scotland could become independent by March 2016, ahead of the election in May that year.", "2013-03-25",
     "May that year", "DATE", "2016-05"),
    ("Scotland became independent in 2010. The election came in May of that year.", "2013-03-25", "May of that year",
     "DATE", "2010-05"),
    # the verb "last" after a conjoined verb is no "last five days"
    ("Registration will begin on May 7 and last five days.", "2013-03-17", "five days", "DURATION", "P5D"),
    # a past-tense clock time two paragraphs on, no other day named since, is on the story's day
    ("A trader was jailed at Southwark crown court on Friday.\n\nHe ran a bogus scheme between 2006 and 2010. "
     "Jurors convicted him last month.\n\nHe showed no emotion as the sentence was read out at 11.15am.",
     "2013-03-25", "11.15am", "TIME", "2013-03-22T11:15"),
    # a clock time ending a range keeps its clock
    ("Roadworks would be lifted from 6am on Thursday until midnight on Monday 1 April.", "2013-03-25", "midnight",
     "TIME", "2013-04-01T24:00"),
    # "as long as" stays outside, as TimeBank leaves it ("could take as long as a month")
    ("The furloughs could last as long as 22 days.", "2013-03-21", "22 days", "DURATION", "P22D"),
    # "a second" before a noun is an ordinal, no unit to join
    ("She was my mom on the show for nine years and a second mom for life.", "2013-03-06", "nine years", "DURATION",
     "P9Y"),
    ("It took one minute and a second to finish.", "2013-03-06", "one minute and a second", "DURATION", "PT1M1S"),
    ("He joined the paper in 1950. He became a police reporter that same year.", "2013-03-06", "that same year", "DATE",
     "1950"),
    # "A year later" moves the story's year on
    ("He led the band from 1971 to 1989. A year later he opened a club. That same year he recorded an album.",
     "2013-03-06", "That same year", "DATE", "1990"),
    # a dividend "payable" on a day is paid after it is declared
    ("The firm declared a dividend of 42 cents a unit, payable on April 5 to holders of record.", "2013-03-15",
     "April 5", "DATE", "2013-04-05"),
    ("In the 1990s, Beijing kept a low profile. Today it cannot.", "2013-03-21", "Today", "DATE", "PRESENT_REF"),
    # a relative clause has a time of its own: a year naming a thing before it sets none
    ("Pyongyang declared the 1953 armistice invalid, angered by joint drills that began on March 1.", "2013-03-21",
     "March 1", "DATE", "2013-03-01"),
    # a future further up ("are expected to") makes a weekday six days ahead firm
    ("Its shares are expected to begin trading on the Nasdaq on Thursday under the ticker SLVR.", "2013-03-15",
     "Thursday", "DATE", "2013-03-21"),
    ("More than 1,000 people were killed in the weeks of bloodshed that followed that vote.", "2013-03-21",
     "the weeks", "DURATION", "PXW"),
    # a bare month does not take the year of a month in the paragraph before: a new matter
    ("Oil gushed for 87 days before the well was capped in July 2010.\n\nBP agreed in November to pay $4.5 billion.",
     "2013-03-29", "November", "DATE", "2012-11"),
    # what a saying dated by its day said would come lies after that day
    ("Union leaders said Thursday that members would rally Wednesday downtown.", "2013-03-22", "Wednesday", "DATE",
     "2013-03-27"),
    ("She said Tuesday that she would resign Monday.", "2013-03-22", "Monday", "DATE", "2013-03-25"),
    # a noun the tagger took for a present verb ("show", "report") takes the tense of the verb before it
    ("The network will air the results show Thursday at 8 p.m.", "2013-02-25", "Thursday", "DATE", "2013-02-28"),
    ("The channel will air a results show Thursday.", "2013-02-25", "Thursday", "DATE", "2013-02-28"),
    # "more than" in the subject is no comparison with a past forecast
    ("Delays of more than an hour are expected Saturday afternoon.", "2013-04-17", "Saturday afternoon", "TIME",
     "2013-04-20TAF"),
    # "by" a weekday six days ahead, in a clause looking ahead, is that one, not yesterday
    ("Forecasters expect a cooling trend, with highs near 100 by Tuesday.", "2013-05-22", "Tuesday", "DATE",
     "2013-05-28"),
    # a state brought about ("have the fire contained") lies ahead with the wish
    ("Crews hope to have the fire contained by the weekend.", "2013-05-22", "the weekend", "DATE", "2013-W21-WE"),
    # a plan told as it stood ("was set for this spring") keeps "this" season in its year
    ("The handover had been set for this spring.", "2013-07-10", "this spring", "DATE", "2013-SP"),
    ("Organizers promised more rallies this Sunday.", "2013-03-06", "this Sunday", "DATE", "2013-03-10"),
    # the date a deadline was moved from may lie either side
    ("The deadline, which officials extended last week from Dec. 15, is now Dec. 23.", "2013-12-11", "Dec. 15",
     "DATE", "2013-12-15"),
    ("He vowed not to stay in office one day longer than needed.", "2013-03-06", "one day", "DURATION", "P1D"),
    ("Rainfall was the lowest since 1962, and March alone was the driest since 1883.", "2013-05-22", "March",
     "DATE", "2013-03"),
    ("The agency will release March figures in early May.", "2013-04-17", "March", "DATE", "2013-03"),
    # a basis of comparison does not set the story's year
    ("Carriers canceled 2 percent of flights, compared with 1 percent in February 2012. The storm, which hit "
     "Feb. 8, grounded thousands.", "2013-04-17", "Feb. 8", "DATE", "2013-02-08"),
    # a day of telling after the day told of leaves the story on the day told of
    ("The ferry sank off the coast on Saturday, officials said Wednesday. It went down at about 3 p.m.",
     "2013-04-17", "about 3 p.m.", "TIME", "2013-04-13T15:00"),
    ("The fair opens March 12, organizers said Monday. Its film program begins four days earlier.", "2013-02-25",
     "four days earlier", "DATE", "2013-03-08"),
    # a clause about someone named gives no year to the next sentence's month and day
    ("Hadi, who took office in February 2012, backs the plan. A conference that opened March 18 goes on.",
     "2013-07-10", "March 18", "DATE", "2013-03-18"),
    # two weekdays sharing a plural part of day are one week's nights when told ahead or gone by
    ("Frost is forecast for Thursday and Friday nights.", "2013-05-22", "Thursday", "TIME", "2013-05-23TNI"),
    ("Frost is forecast for Thursday and Friday nights.", "2013-05-22", "Friday nights", "TIME", "2013-05-24TNI"),
    ("The bar is open Friday and Saturday nights.", "2013-05-22", "Saturday nights", "SET", "XXXX-WXX-6TNI"),
    ("Ports report their figures on the 15th of each month.", "2013-04-17", "the 15th of each month", "SET",
     "XXXX-XX-15"),
    # results from a day's election are of one gone by, whatever the modal
    ("Results from Monday's election may not be known until Friday.", "2013-03-06", "Monday", "DATE", "2013-03-04"),
    # "a year" before "earlier" is no rate of a count of days
    ("Foreclosures took 477 days, up from 414 days a year earlier.", "2013-04-23", "414 days", "DURATION", "P414D"),
    ("The launch has slipped to early April.", "2013-02-13", "early April", "DATE", "2013-04"),
    ("The strike has now stretched past a full year.", "2013-10-16", "a full year", "DURATION", "P1Y"),
    # a month with a year before 1500, where "May 1296" can only be a date
    ("He died in a castle in May 1296.", "2013-02-26", "May 1296", "DATE", "1296-05"),
    ("The schism ended after October 1417, when Martin V was elected.", "2013-02-26", "October 1417", "DATE",
     "1417-10"),
    # a range from a year runs on to a later month, not to one of that year
    ("Nuns lived there from 1994 until November, when the last of them left.", "2013-02-26", "November", "DATE",
     "2012-11"),
    # a present fixture the tagger took for an adjective ("The Giants open at Dallas")
    ("The Giants open at Dallas on Sept. 8.", "2013-04-09", "Sept. 8", "DATE", "2013-09-08"),
    # "the following weekend" after a weekday is the one that week ends with
    ("The regular season ends April 17, and the playoffs begin the following weekend.", "2013-04-09",
     "the following weekend", "DATE", "2013-W16-WE"),
    ("At March's sales pace, supply would last 4.4 months.", "2013-04-23", "March", "DATE", "2013-03"),
    ("Worries over Cyprus and weak March hiring pushed investors toward bonds.", "2013-04-23", "March", "DATE",
     "2013-03"),
    # the index for a month is published after it
    ("The index for March will be released next Monday.", "2013-04-23", "March", "DATE", "2013-03"),
    ("He said workers were prepared to stay out until November.", "2013-10-16", "November", "DATE", "2013-11"),
    # "that year" is never the writing's own: the year named before the writing's
    ("The plan was first proposed 11 years ago, and talks resumed late last month. It was endorsed at a summit in "
     "March of that year.", "2013-05-08", "March of that year", "DATE", "2002-03"),
    # a form shared by past and participle, with a subject and no auxiliary, is the simple past
    ("The Bank of Italy forecast in January that output would fall.", "2013-03-19", "January", "DATE", "2013-01"),
    # a plan told in the past: the nearer month, either side
    ("Officials said the allies planned to hold their next drill in August.", "2013-04-10", "August", "DATE",
     "2013-08"),
    # "in a week" is a length; the weekday after it is the day of the event
    ("Stocks rose for the first time in a week on Wednesday.", "2013-04-10", "Wednesday", "DATE", "2013-04-10"),
    # a weekday after a dated day in its sentence, in a story long past, is the one after that day
    ("On the night of April 18, the brothers led police on a chase that ended at about 12:45 a.m. Friday.",
     "2013-09-25", "about 12:45 a.m. Friday", "TIME", "2013-04-19T00:45"),
    ("Four ministers resigned by evening.", "2013-07-04", "evening", "TIME", "2013-07-04TEV"),
    ("On Sunday, troops rescued dozens in raids that lasted into the evening.", "2013-09-25", "the evening", "TIME",
     "2013-09-22TEV"),
    # "today" at the end of a change from a year long past is these days
    ("Its share has fallen from 50 percent in 2009 to 3 percent today.", "2013-10-15", "today", "DATE",
     "PRESENT_REF"),
    ("On Tuesday, she announced her cabinet, ahead of her formal appointment as prime minister on Wednesday.",
     "2013-10-15", "Wednesday", "DATE", "2013-10-16"),
    ("The recall follows two others in July and December.", "2013-04-18", "July", "DATE", "2012-07"),
    # a counterfactual perfect leans to neither side
    ("The bill would have funded the government through Dec. 15.", "2013-10-03", "Dec. 15", "DATE", "2013-12-15"),
    # a clock time in a "when" clause after a day is on that day
    ("Workers have been furloughed since Tuesday, when funding lapsed at 12:01 a.m.", "2013-10-03", "12:01 a.m.",
     "TIME", "2013-10-01T00:01"),
    # a weekday right after "ago" is the anniversary's day, the nearer one
    ("The invasion began a decade ago Wednesday.", "2013-03-19", "Wednesday", "DATE", "2013-03-20"),
    # a part of a named day in a clause told ahead
    ("On Thursday, he will travel to Ramallah and deliver a speech in the evening.", "2013-03-19", "the evening",
     "TIME", "2013-03-21TEV"),
    # a clause told ahead does not go back to a day gone by
    ("Protesters rallied on Sunday. The president is to meet Abbas at 11:30 a.m.", "2013-03-19", "11:30 a.m.",
     "TIME", "2013-03-19T11:30"),
    # "had until Tuesday" under a saying is a deadline as told, either side
    ("She said on Saturday that candidates had until Tuesday to register.", "2013-03-11", "Tuesday", "DATE",
     "2013-03-12"),
    ("The campaign said it would hold rallies beginning on Thursday.", "2013-03-11", "Thursday", "DATE",
     "2013-03-14"),
    # "that December" is of the year named last, not of an older December
    ("He was elected in December 1998. He survived a coup in April 2002 and a strike that began that December.",
     "2013-03-11", "that December", "DATE", "2002-12"),
    # "the following day" after only a year naming a thing, in the past: a day unsaid
    ("Last year's program showed a restaurant selling old meat. The chain apologized the following day.",
     "2013-03-15", "the following day", "DATE", "XXXX-XX-XX"),
    ("He moved to Denver in 1998. He married the next spring.", "2013-10-17", "the next spring", "DATE", "1999-SP"),
    ("He spent the 1950s in New York and the following decade in Paris.", "2013-10-17", "the following decade",
     "DATE", "196"),
    # a company's fiscal quarter is named by the year of the writing
    ("Oracle fell after revenue for its fiscal third quarter, which ended Feb. 28, fell short.", "2013-03-20",
     "fiscal third quarter", "DATE", "2013-Q3"),
    ("Microsoft posted fiscal fourth-quarter results that missed forecasts.", "2013-07-25", "fiscal fourth-quarter",
     "DATE", "2013-Q4"),
    # a date after a relative clause set off by commas is the main clause's
    ("BlackBerry is due to report results for its fiscal second quarter, which ended Aug. 31, on Sept. 27.",
     "2013-09-18", "Sept. 27", "DATE", "2013-09-27"),
    # a shared present/past form with a singular pronoun subject is the past
    ("Hoshino sees a profit of 42 billion yen, down from the 65 billion yen it forecast in May.", "2013-09-09", "May",
     "DATE", "2013-05"),
    # a flashback in the past perfect leaves the story on its later day ...
    ("U.S. stocks rose Wednesday. The index had slipped Tuesday after lawmakers in Cyprus voted down a tax.\n\n"
     "The Fed ended its two-day meeting at 2 p.m. and said it would keep buying bonds.", "2013-03-20", "2 p.m.",
     "TIME", "2013-03-20T14:00"),
    # ... though "the following day" counts from it
    ("Cracks had appeared in its walls on Tuesday, but managers ordered staff back the following day, workers said.",
     "2013-04-25", "the following day", "DATE", "2013-04-24"),
    # a day told in passing on a noun, or a period's last day, is no day the story is on
    ("The shutdown, which began Oct. 1 as fiscal 2014 opened, cost $24 billion, Standard & Poor's estimated on "
     "Wednesday.", "2013-10-17", "Wednesday", "DATE", "2013-10-16"),
    ("Northfield said Wednesday its profit fell.\n\nFor the three months ended May 4, it earned $118 million.\n\n"
     "Its chief told analysts during an 8:30 a.m. conference call that March was weak.", "2013-05-22", "8:30 a.m.",
     "TIME", "2013-05-22T08:30"),
    # a month or a season said to have had some weather or result
    ("March was particularly weak, the company said.", "2013-05-22", "March", "DATE", "2013-03"),
    ("Sales fell as a cold, wet spring kept shoppers away from garden centers.", "2013-05-22", "spring", "DATE",
     "2013-SP"),
    ("For decades he played every Fourth of July on the riverfront.", "2013-03-20", "every Fourth of July", "SET",
     "XXXX-07-04"),
    ("Congress returns Sept. 9 with only nine legislative days scheduled.", "2013-08-27", "nine legislative days",
     "DURATION", "P9D"),
    ("The markets will follow over the following weeks.", "2013-05-14", "the following weeks", "DURATION", "PXW"),
    ("Its servers will be available 24 hours a day, 365 days a year.", "2013-06-20", "24 hours a day", "SET", "P1D"),
    ("The launch gives Apple a full quarter of sales before the end of the year.", "2013-08-29", "a full quarter",
     "DURATION", "P1Q"),
    # a day after "before" someone is the verb's, not an event's
    ("Its owner surrendered Sunday night and will appear before a judge on Wednesday.", "2013-07-08", "Wednesday",
     "DATE", "2013-07-10"),
    # "the next year" told in the past is the story's next, article and all
    ("He joined the team in 1946. The next year he helped them win the title.", "2013-06-24", "The next year", "DATE",
     "1947"),
    # a term set by a deal told in the past may lie either side
    ("A similar fight in January ended with a deal to suspend the ceiling until May 18.", "2013-08-27", "May 18",
     "DATE", "2013-05-18"),
    # "the month" after a quarter is no month of that quarter
    ("China grew 7.7 percent, slower than the pace of the fourth quarter.\n\nThe S&P 500 fell 2.3 percent, "
     "erasing its gains for the month.", "2013-04-15", "the month", "DATE", "2013-04"),
    ("After the attacks of Sept. 11, he organized blood drives at the union hall.", "2013-10-18", "Sept. 11", "DATE",
     "2001-09-11"),
    ("The funeral is Saturday at 10 a.m.; a wake will be held there the evening before.", "2013-03-20",
     "the evening before", "TIME", "2013-03-22TEV"),
    # "that Friday" with no day named before: the Friday the clause's tense points to
    ("Prosecutors argued that the bar had closed at 10 p.m. that Friday.", "2013-07-23", "that Friday", "DATE",
     "2013-07-19"),
    ("The bar will close that Friday for renovations.", "2013-07-23", "that Friday", "DATE", "2013-07-26"),
    # a day a length counts from, in a clause told ahead
    ("French air traffic controllers will walk off the job for 48 hours from Thursday.", "2013-03-27", "Thursday",
     "DATE", "2013-03-28"),
    # a comparison "a year earlier" after a year just named is the year before it
    ("Turkish Airlines carried 39 million passengers in 2012, up 21 percent from a year earlier.", "2013-05-09",
     "a year earlier", "DATE", "2011"),
    # a weekday in apposition to the full date before it names that date
    ("The dynamite went off at 10:22 a.m. on Sept. 15, 1963, a Sunday, as the girls prepared.", "2013-09-15",
     "Sunday", "DATE", "1963-09-15"),
    # a quarter ahead does not make "the year" of a past clause its year
    ("Output may recover by the first quarter of 2014.\n\nIranian exports averaged about 1 million barrels a day "
     "over the first five months of the year.", "2013-05-31", "the year", "DATE", "2013"),
    # "the end of the month" after a month in its own past sentence is that month's
    ("Stocks fell by 27.9 million barrels in January, to 2.66 billion barrels at the end of the month.", "2013-03-14",
     "the end of the month", "DATE", "2013-01"),
    # a period now running, in a present clause, ends ahead
    ("The Dodgers play 162 games over 183 days, with the regular season ending Sept. 29.", "2013-03-28", "Sept. 29",
     "DATE", "2013-09-29"),
    # a weekday after "but" turns from an old day to the writing's week
    ("Greinke left a start on March 17 with elbow tightness but threw 85 pitches Wednesday without trouble.",
     "2013-03-28", "Wednesday", "DATE", "2013-03-27"),
    # a flashback in the past perfect to a day long gone opens a scene of its own
    ("A man was sentenced Monday to 25 years to life.\n\nHolt told detectives that he had spent the evening at a "
     "bar on Aug. 17, 1990. His roommate heard the door open around 10 o'clock. Prosecutors argued that the bar had "
     "closed at 10 p.m. that Friday.", "2013-07-23", "that Friday", "DATE", "1990-08-17"),
    # "percentage points" are no score of a game
    ("Zandi said a shutdown would shave 1.4 percentage points from fourth-quarter growth.", "2013-10-01",
     "fourth-quarter", "DATE", "2013-Q4"),
    # a futures contract named by its month
    ("The more-active May contract was up 35 cents.", "2013-03-20", "May", "DATE", "2013-05"),
    # a comparison right after a month just named is with that month, not with the quarter reported on
    ("AMR reported a loss of $220 million for the third quarter.\n\nAMR said on Thursday that its June traffic "
     "rose 1.9 percent from a year ago.", "2013-07-12", "a year ago", "DATE", "2012-06"),
    # a month anaphor skips a year that names a thing ("the 2004 influx") back to the month before it
    ("Britain imposed controls when the two countries joined the EU in January 2007, wary of a repeat of the 2004 "
     "influx from Poland. The following month, officials said few had applied.", "2013-03-26", "The following month",
     "DATE", "2007-02"),
    ("In June 2012, the court struck down Arizona's tough 2010 immigration law. That same month, Obama announced a "
     "program.", "2013-06-27", "That same month", "DATE", "2012-06"),
    # a clock time after "from" is no amount compared: "that day" is the event's day named before
    ("City officials said on Monday that about 5,000 tickets for the Nov. 22 event had been allocated by lottery "
     "and that the plaza would be closed to the public from 6 a.m. that day.", "2013-10-22", "that day", "DATE",
     "2013-11-22"),
    # a season and then a month go on in the year a month of a past story was named in
    ("The fires of 1988 began with lightning strikes in June and burned largely unchecked through a summer of "
     "record drought. By the end of July, nearly 100,000 acres had burned.", "2013-08-20", "summer", "DATE",
     "1988-SU"),
    ("The fires of 1988 began with lightning strikes in June and burned largely unchecked through a summer of "
     "record drought. By the end of July, nearly 100,000 acres had burned.", "2013-08-20", "the end of July", "DATE",
     "1988-07"),
    # a bare "March" that no verb could be
    ('"March was never going to be easy to read," said Ken Perkins.', "2013-04-11", "March", "DATE", "2013-03"),
    ('"You really have to combine March and April to get a clear picture."', "2013-04-11", "March", "DATE",
     "2013-03"),
    ("The department will issue its broader March retail sales report on Friday.", "2013-04-11", "March", "DATE",
     "2013-03"),
    ("March sales rose 3 percent from a year earlier.", "2013-04-11", "March", "DATE", "2013-03"),
    # "no later than" sets a deadline, as "by" does
    ("EU leaders agreed in June to open membership negotiations with Serbia no later than January.", "2013-08-30",
     "January", "DATE", "2014-01"),
    # a month in a "when" clause on a year is of that year
    ("The last strike came in 1997, when workers stayed off the job for six days in September.", "2013-07-01",
     "September", "DATE", "1997-09"),
    ('"We\'re in better shape than we were in 2009, when the pandemic caught everyone off guard and vaccine '
     'didn\'t arrive until mid-October," said Dr. Lena Ortiz.', "2013-07-23", "mid-October", "DATE", "2009-10"),
    # hyphenated frequencies
    ("Regulators approved a once-daily pill for diabetes.", "2013-03-19", "once-daily", "SET", "P1D"),
    ("Some rival regimens call for twice-weekly blood tests.", "2013-08-29", "twice-weekly", "SET", "P1W"),
    ("The mission would miss a launch window that comes around only once every 26 months.", "2013-10-03",
     "once every 26 months", "SET", "P26M"),
    ("At least 11 people were shot over the long holiday weekend, police said on Monday.", "2013-07-08",
     "the long holiday weekend", "DATE", "2013-W27-WE"),
    # "this" with a month gone by, told as ahead: the coming one
    ('"I\'ll go this January and tell her," he said.', "2013-08-21", "this January", "DATE", "2014-01"),
    # a quarter an amount went up from is behind
    ("Economists expect growth of 2 percent in the first quarter, up from 0.1 percent in the fourth quarter.",
     "2013-03-13", "the fourth quarter", "DATE", "2012-Q4"),
    # a day in a clause on a noun does not carry the main clause's weekday after it
    ("Federal workers who were furloughed starting Oct. 1 returned to their desks Thursday morning after Congress "
     "passed a bill late Wednesday.", "2013-10-17", "Thursday morning", "TIME", "2013-10-17TMO"),
    # a phrase after a parenthetical "she said" belongs to the clause she reported
    ("Formal talks are set to resume in Geneva next month, an EU spokeswoman said, most likely in mid-October.",
     "2013-09-24", "mid-October", "DATE", "2013-10"),
    # the same moment in another zone: the weekday nearest the local time's day
    ("The rocket lifted off at 11:27 p.m. EDT (0327 GMT Saturday), precisely on time.", "2013-09-06",
     "0327 GMT Saturday", "TIME", "2013-09-07T03:27"),
    # an aim voted for lies ahead
    ("Contractors at the mine voted Monday to return to work on Thursday.", "2013-06-18", "Thursday", "DATE",
     "2013-06-20"),
    # a part of the day told as ahead after a day named in the sentence before
    ("Obama arrives in Israel on Wednesday. He will hold talks with Netanyahu in the evening.", "2013-03-19",
     "the evening", "TIME", "2013-03-20TEV"),
    ("Several plants will be closed over the next year or so, a spokesman said.", "1989-10-30",
     "the next year or so", "DATE", "1990"),
    # a year before a car's make and model names a model, but one before a noun is a date
    ("The 2012 Toyota recall cost the company billions.", "2013-04-02", "2012", "DATE", "2012"),
    # a quarter compared with leaves the quarter reported on
    ("The automaker earned $1.23 billion in the April-June period. Its margin hit 11.7 percent, up from 10.4 percent "
     "in the second quarter of 2012. Ford lost $348 million there in the quarter.", "2013-07-24", "the quarter", "DATE",
     "2013-Q2"),
    # a day anaphor skips a year named since to the day the story told of
    ("He was practising on August 6, 1945. His father had bought the piano in 1931. He lost his hearing that day.",
     "2013-05-22", "that day", "DATE", "1945-08-06"),
    # a contract month beside a price lies ahead, however far from "futures"
    ("Chicago Board of Trade May corn futures fell 20 cents to $6.95 a bushel, while December corn slipped 11 cents "
     "to $5.58.", "2013-03-28", "May", "DATE", "2013-05"),
    ("Chicago Board of Trade May corn futures fell 20 cents to $6.95 a bushel, while December corn slipped 11 cents "
     "to $5.58.", "2013-03-28", "December", "DATE", "2013-12"),
    ("Export sales showed soybean sales of 1.1 million tonnes for delivery after Sept. 1.", "2013-07-11", "Sept. 1",
     "DATE", "2013-09-01"),
    ("Crude for delivery in May fell 50 cents.", "2013-07-11", "May", "DATE", "2014-05"),
    ("The USDA forecast a record corn crop for the 2013/14 marketing year.", "2013-05-10", "2013", "DATE", "2013"),
    # what was done during a scheduled period told in the past is past
    ("Many districts added tutoring during the fall semester after a practice test in October.", "2013-05-15", "fall",
     "DATE", "2012-FA"),
    # what "since" counts from is past
    ("He will hold his first news conference since his election in March.", "2013-07-29", "March", "DATE", "2013-03"),
    ("They were beheaded by Ottoman soldiers in 1480 for refusing to convert.", "2013-04-13", "1480", "DATE", "1480"),
    # a record "set in April" was made then; a release pushed "from Dec. 20" was still ahead
    ("The episode beat the show's previous high, set in April for the season premiere.", "2013-06-11", "April", "DATE",
     "2013-04"),
    ("The studio said Thursday it will push the release from Dec. 20 to next summer.", "2013-08-09", "Dec. 20", "DATE",
     "2013-12-20"),
    ("The film opened three weekends ago.", "2013-05-06", "three weekends ago", "DATE", "2013-W16-WE"),
    ("Its graduation rate climbed to 84 percent last school year, up from 79 percent the previous school year.",
     "2013-09-12", "last school year", "DATE", "2012"),
    # a year inside a quoted name is still a date
    ("Chatwal was the founder of “Indian Americans for Hillary 2008.” He also pleaded guilty.", "2015-11-19", "2008",
     "DATE", "2008"),
    # the day a period runs "to" bounds it: no day for the story to be on
    ("Pre-tax profit for the six months to June 29 was 4.1 million pounds. Shares rose 9 percent by midday.",
     "2013-08-13", "midday", "TIME", "2013-08-13T12:00"),
    # a quoted "tonight" of another speaker is not dated by the day the one before spoke
    ('IRS Commissioner Steven Miller warned Friday that an extension to file is no extension to pay.\n\n'
     '"Anyone who owes should pay what they can by tonight," said Kathy Pickering.', "2013-04-15", "tonight", "TIME",
     "2013-04-15TNI"),
    # a month told in passing in a clause set off by commas sets no year for the next paragraph
    ("During the last shutdown, which stretched for 21 days from mid-December 1995 into January 1996, the IRS "
     "continued to process returns.\n\nThe agency also closed its walk-in centers on Oct. 1.", "2013-10-03", "Oct. 1",
     "DATE", "2013-10-01"),
    # "over" after a verb's particle is across the years, no "more than"
    ("The 3.4 percent rate was first set in 2007 and phased in over four years.", "2013-07-09", "four years",
     "DURATION", "P4Y"),
    ("The game started at 7:15 p.m. after a rain delay of 1 hour, 42 minutes.", "2013-08-22", "1 hour, 42 minutes",
     "DURATION", "PT1H42M"),
    # "than normal" describes the month, which is no basis of comparison
    ("The weather service has predicted a colder than normal December for the region.", "2013-10-29", "December",
     "DATE", "2013-12"),
    # a weekday after an event dated already is the verb's day
    ("The city will mark the 12th anniversary of the Sept. 11 attacks on Wednesday.", "2013-09-09", "Wednesday",
     "DATE", "2013-09-11"),
    # a weekday after "said" that is the subject of what was said is no day of the saying
    ("Tuesday had already been declared a bank holiday, and officials said Wednesday would be one as well.",
     "2013-03-17", "Wednesday", "DATE", "2013-03-20"),
    # a participle on the subject ("Founded in 2007,") sets no year for what follows
    ("Founded in 2007, the company makes software for hospitals. Revenue for the 12 months ended Dec. 31 rose "
     "61 percent.", "2013-03-21", "Dec. 31", "DATE", "2012-12-31"),
    ("Organizers have scheduled the run for the weekend of May 4.", "2013-04-17", "the weekend of May 4", "DATE",
     "2013-W18-WE"),
    ("The festival is scheduled for the first weekend of November.", "2013-06-04", "the first weekend of November",
     "DATE", "2013-W44-WE"),
    ("The governor ordered flags lowered to half-staff through Sunday.", "2013-04-17", "Sunday", "DATE",
     "2013-04-21"),
    # a month a reporting period runs to is the nearer one
    ("Analysts expect revenue of 410 million yuan for the three months through June.", "2013-08-06", "June", "DATE",
     "2013-06"),
    # "that weekend" after a month of another year: a weekend of that year, which one unsaid
    ("The bridge was closed for a weekend in July 2011. Traffic was so light that weekend that the work finished "
     "early.", "2013-05-06", "that weekend", "DATE", "2011-WXX"),
    # a day after "since" that the text goes on to tell of ("..., when") is the story's
    ("The penalty is the fourth since June 27, 2012, when Barclays paid 290 million pounds; its chief executive "
     "resigned the following week.", "2013-04-08", "the following week", "DATE", "2012-W27"),
    ("The next report, covering July, is due in November.", "2013-08-29", "July", "DATE", "2013-07"),
    ("Shareholders will receive $38.50 a share, a 27 percent premium to Friday's closing price.", "2013-03-18",
     "Friday", "DATE", "2013-03-15"),
    # a past perfect a saying shifted back is no flashback before the story's day
    ("Monday's practice was shortened by rain. Dario Franchitti said his car had felt a bit loose in Wednesday's "
     "session.", "2013-05-17", "Wednesday", "DATE", "2013-05-15"),
    ("Seamen's unions have called a 24-hour ferry strike starting at 6 a.m. Wednesday.", "2013-06-14",
     "6 a.m. Wednesday", "TIME", "2013-06-19T06:00"),
    # a year compared with is no time of the story
    ("Easter fell on March 31 this year, eight days earlier than in 2012, pulling some holiday shopping into the "
     "month.", "2013-04-11", "the month", "DATE", "2013-03"),
    ("Glitches left customers staring at error messages for much of the morning.", "2013-10-01", "the morning",
     "TIME", "2013-10-01TMO"),
    # a perfect "as early as" is a time gone by
    ("Hackers stole card data in an attack that may have begun as early as mid-August.", "2013-10-09", "mid-August",
     "DATE", "2013-08"),
    # the weekday after an old day counts from that day though a week was named since
    ("The group announced its last pause on May 6, two weeks ago, and ended it Friday.", "2013-05-20", "Friday",
     "DATE", "2013-05-10"),
    # a weekday in a participle on a noun ("documents released Thursday") is no day after the old one
    ("Only six people managed to enroll on Oct. 1, the day it opened, according to notes that documents released "
     "Thursday by House investigators show.", "2013-10-31", "Thursday", "DATE", "2013-10-31"),
    # a reported "would" looks ahead of its saying: the coming weekday, unless it was yesterday
    ("Senate aides said the chamber would probably adjourn Thursday night and return at 2 p.m. Monday.",
     "2013-04-18", "2 p.m. Monday", "TIME", "2013-04-22T14:00"),
    ("He said the chamber would reconvene on Tuesday to pass the referendum law.", "2013-03-21", "Tuesday", "DATE",
     "2013-03-26"),
    ("Truck drivers said they would block major highways on Wednesday.", "2013-06-21", "Wednesday", "DATE",
     "2013-06-26"),
    ("Officials said they would meet on Tuesday.", "2013-03-20", "Tuesday", "DATE", "2013-03-19"),
    # what "since" counts from is no day of the story for a bare clock time after it
    ("Kuroda has doubled the pace of easing since he took office on March 20. The yen fell 3 percent by late "
     "afternoon in Tokyo.", "2013-04-04", "late afternoon", "TIME", "2013-04-04TAF"),
    ("Rates have been flat since he took over on July 1. Carney told a news conference that began at 10:30 a.m.",
     "2013-08-07", "10:30 a.m.", "TIME", "2013-08-07T10:30"),
    # "the quarter" in a quarter's last days is that one
    ("Gold ended the quarter up about 8 percent.", "2013-09-30", "the quarter", "DATE", "2013-Q3"),
    ("Gold ended the quarter up about 8 percent.", "2013-09-26", "the quarter", "DATE", "2013-Q2"),
    # "due at noon EDT on Thursday": due, through prepositions
    ("Traders squared positions ahead of the report, due at noon EDT on Thursday.", "2013-07-10", "Thursday", "DATE",
     "2013-07-11"),
    # the day a strike or rally is called for
    ("Secular activists at Shahbagh announced a counter-rally for Monday.", "2013-04-06", "Monday", "DATE",
     "2013-04-08"),
    ("The union announced a strike for Tuesday.", "2013-04-06", "Tuesday", "DATE", "2013-04-09"),
    # "since" an event is behind
    ("The yen has weakened sharply since Japan's December election.", "2013-09-30", "December", "DATE", "2012-12"),
    # "that year" after a fiscal year is its year
    ("Economists doubt the bank can reach its goal by fiscal 2015, which begins in April of that year.",
     "2013-04-04", "April of that year", "DATE", "2015-04"),
    # a sentence-opening "A year earlier," steps back from a story in another year
    ("Morsi took office in June 2012. A year earlier, protesters had toppled Mubarak.", "2013-07-04",
     "A year earlier", "DATE", "2011"),
    ("That's down 7 cents from a month ago and 19 cents lower than a year ago.", "2013-03-20", "a year ago", "DATE",
     "2012"),
    # what is alleged has happened; a stayed execution and a closing price
    ("Britain asked that investigators also examine an alleged gas attack in the city of Homs in December.",
     "2013-03-21", "December", "DATE", "2012-12"),
    ("The court on Wednesday stayed the May 7 execution of another inmate.", "2013-03-20", "May 7", "DATE",
     "2013-05-07"),
    ("Harwood will pay $38.50 a share, a 27 percent premium to Bellmont's closing price on Friday.", "2013-03-25",
     "Friday", "DATE", "2013-03-22"),
    ("Economists said they expected purchases to be tapered beginning in the fourth quarter.", "2013-03-20",
     "the fourth quarter", "DATE", "2013-Q4"),
    # "year-end" is the year's last day (TimeBank 2 of 2); "year end" stays the year, END
    ("The company had more cash at year-end.", "2013-03-23", "year-end", "DATE", "2012-12-31"),
    # counted from the period the story names
    ("Brightline hired him in March 2012. It cut 300 more jobs the following quarter.", "2013-06-14",
     "the following quarter", "DATE", "2012-Q2"),
    ("Brightline posted a loss for the third quarter of 2011, and the following month it closed a plant.",
     "2013-06-14", "the following month", "DATE", "2011-10"),
    ("The plant was raided on Feb. 4, 2011. Inspectors had visited in January.", "2013-10-08", "January", "DATE",
     "2011-01"),
    # a weekday as the subject of a present passive is scheduled
    ("Wednesday is set aside for Munich, where he is to tour a Siemens plant.", "2013-03-15", "Wednesday", "DATE",
     "2013-03-20"),
    # "its final three weeks on Saturday" is a length and a day, not "three weeks on Saturday"
    ("Campaigning entered its final three weeks on Saturday, with a new poll.", "2013-03-16", "Saturday", "DATE",
     "2013-03-16"),
    # a quarter goes on in the year of a date of its sentence
    ("The bet was placed on July 29, 2010, a day before the company reported disappointing second-quarter results.",
     "2013-03-15", "second-quarter", "DATE", "2010-Q2"),
    # "until noon on Monday": the day takes its clock time's preposition
    ("Brandt gave him until noon on Monday to file objections.", "2013-03-15", "Monday", "DATE", "2013-03-18"),
    # a day in a list after an aside ("on Monday, a public holiday, and on Tuesday") follows the first
    ("Banks will stay closed on Monday, a public holiday, and on Tuesday, the central bank said.", "2013-03-17",
     "Tuesday", "DATE", "2013-03-19"),
    # a closing price is set; a plan undone ("were to have reopened") may be either side
    ("Cardinal will pay $38.50 a share, a 29% premium to Pemberton's closing price Monday.", "2013-03-19", "Monday",
     "DATE", "2013-03-18"),
    ("Banks, which were to have reopened Tuesday after a public holiday Monday, will stay closed.", "2013-03-18",
     "Tuesday", "DATE", "2013-03-19"),
    # a rate "from Sunday" is no record; a figure in an aside is of a time reported
    ("Beer duty will be cut by 1p a pint from Sunday.", "2013-03-20", "Sunday", "DATE", "2013-03-24"),
    ("Unemployment, at 14.7% in January, is expected to climb steeply this year.", "2013-03-25", "January", "DATE",
     "2013-01"),
    ("The firm cut staff in 2011.\n\nIt would hold the ratio below 60% for the full fiscal year.", "2013-03-15",
     "the full fiscal year", "DATE", "2013"),
    ("Funding runs out at midnight next Wednesday.", "2013-03-21", "midnight next Wednesday", "TIME",
     "2013-03-27T24:00"),
    # a bare clock time after a weekday set against the writing's week is not on that day; a clock
    # time after "next Saturday" is on it
    ("Cyprus agreed early Monday to a bailout. Parliament had rejected a levy last Tuesday. Dijsselbloem told "
     "reporters at about 2 a.m.", "2013-03-25", "about 2 a.m.", "TIME", "2013-03-25T02:00"),
    ("Firefighters will go door to door next Saturday, handing out free detectors from 10 a.m. to 2 p.m.",
     "2013-03-24", "10 a.m.", "TIME", "2013-03-30T10:00"),
    ("Volunteers will go door to door on Saturday from 10 a.m. to 2 p.m.", "2013-03-24", "Saturday", "DATE",
     "2013-03-30"),
    # a basis of comparison is no period for "a year earlier" to count from
    ("Sales were up 10.2% from February 2012, and the median price climbed 11.6% from a year earlier.", "2013-03-22",
     "a year earlier", "DATE", "2012"),
    # a campaign's race told in the past: the nearer, leaning ahead
    ("The index has gained 45 percent since mid-November, when Abe's calls for easing began to dominate the campaign "
     "for the December 16 election.", "2013-03-22", "December 16", "DATE", "2012-12-16"),
    # "could see their checks stop in September" is what may come, no perception
    ("Court-appointed lawyers, paid $125 an hour, could see their checks stop entirely in September.", "2013-03-16",
     "September", "DATE", "2013-09"),
    # "for the week" in a market report is the writing's week, whatever date came before
    ("The index is near its record of October 2007. For the week, the S&P 500 was up 0.5 percent.", "2013-03-15",
     "the week", "DATE", "2013-W11"),
    # a deadline not told as past is still to meet; what is remembered has happened
    ("The parliament debated a plan on Friday evening to meet a Monday deadline set by the central bank.",
     "2013-03-22", "Monday", "DATE", "2013-03-25"),
    ('"Depositors will remember this weekend."', "2013-03-25", "this weekend", "DATE", "2013-W12-WE"),
    ('"Everyone here remembers December 26."', "2013-03-25", "December 26", "DATE", "2012-12-26"),
    ("It hit a 3-1/2-year high of 96.71 yen on March 11.", "2013-03-22", "3-1/2-year", "DURATION", "P3Y6M"),
    # "for the week" after a date far back is the writing's week; after a day of the week, that day's
    ("It fell to its low on Dec. 16. The euro was set to end the week down 0.3 percent.", "2013-03-22", "the week",
     "DATE", "2013-W12"),
    ("The Nasdaq Composite Index tumbled 5.39 on Friday. For the week, the index dropped 3.8%.", "1989-10-30",
     "the week", "DATE", "1989-W43"),
    # a numbered quarter "ended" on a day is of that day's year (TimeBank: "second quarter ended Oct. 31" 1988-Q2)
    ("Its net income for the second quarter ended Oct. 31, 1988, was $5 million.", "1989-10-27",
     "the second quarter", "DATE", "1988-Q2"),
    ("Net income for the fourth quarter ended March 2 rose to $40 million.", "2013-03-25", "the fourth quarter",
     "DATE", "2013-Q4"),
    ("As recently as Jan. 1, they were forecasting growth of 4.3 percent.", "2013-03-18", "Jan. 1", "DATE",
     "2013-01-01"),
    ("Costs should ease in the second half of the calendar year.", "2013-03-19",
     "the second half of the calendar year", "DATE", "2013-H2"),
    # a small hour after "overnight" or "last night" is the next day's; the same moment in another
    # zone, in parentheses, is on its day
    ("Islamist fighters attacked Gao overnight. The clashes erupted at around 2:00 am (0200 GMT) near the bridge.",
     "2013-03-17", "0200 GMT", "TIME", "2013-03-17T02:00"),
    ("Rebels attacked the town last night. The clashes erupted at around 2 a.m.", "2013-03-17", "around 2 a.m.",
     "TIME", "2013-03-17T02:00"),
    # "and, on that tour," goes on in the year of the clause before
    ("He deployed again in 2005 and, on that tour, spent Christmas at a checkpoint near Ramadi.", "2013-03-20",
     "Christmas", "DATE", "2005-12-25"),
    # a product released in a quarter is no results of one; a possessive year dates its noun only
    ("It plans to release a smaller version in the third quarter.", "2013-03-18", "the third quarter", "DATE",
     "2013-Q3"),
    ("Last year's breakout app, a photo-sharing service, was acquired in January for $90 million.", "2013-03-15",
     "January", "DATE", "2013-01"),
    ("Mikati quit late Friday after his cabinet deadlocked over a June election.", "2013-03-23", "June", "DATE",
     "2013-06"),
    # "A year ago," counts from the writing, whatever year came before; a relative clause after a
    # basis of comparison is no basis itself
    ("So far this year, ticket sales are running 9 percent behind 2012's pace. A year ago, The Avengers opened to "
     "$207.4 million.", "2013-05-06", "A year ago", "DATE", "2012"),
    ("Consumer prices, which fell 0.5 percent in March from a year earlier, will rise.", "2013-05-22",
     "a year earlier", "DATE", "2012-03"),
    # a possessive date leaves the story's day where it was ("Sunday night's finale ... said Monday")
    ("Sunday night's season finale drew 8.1 million viewers, the network said Monday.\n\nThe episode, which aired "
     "at 9 p.m. EDT, beat the show's previous high.", "2013-06-11", "9 p.m. EDT", "TIME", "2013-06-09T21:00"),
    ("The district projects a $1 billion shortfall for the budget year that begins July 1.", "2013-03-19",
     "the budget year", "DATE", "2013"),
    ("Six people enrolled on Oct. 1, the day it opened, notes show.", "2013-10-31", "the day", "DATE", "2013-10-01"),
    ("The USDA said in its first monthly supply and demand report that stocks would triple.", "2013-05-10",
     "monthly", "SET", "P1M"),
    # "effective" as a predicate ("was 56 percent effective this winter") starts nothing
    ("The vaccine was only about 56 percent effective this winter, CDC officials said last month.", "2013-03-22",
     "this winter", "DATE", "2012-WI"),
    ("Effective Monday, the store will close.", "2013-03-22", "Monday", "DATE", "2013-03-25"),
    # a participle joined to a future passive shares its future; a booking runs on "through" a date
    ("The head will be flown to Rome next month and handed over at a ceremony on April 11, officials said.",
     "2013-03-20", "April 11", "DATE", "2013-04-11"),
    ("The producers have booked the theater through December.", "2013-03-22", "December", "DATE", "2013-12"),
    # a web page's stamp is one instant, date and clock either way round; a dotted 24-hour clock needs its zone
    ("Published June 12, 2024 6:42 PM EDT", "2024-06-12", "June 12, 2024 6:42 PM EDT", "TIME", "2024-06-12T18:42"),
    ("Updated 7:58 PM EDT, October 9, 2024", "2024-10-09", "7:58 PM EDT, October 9, 2024", "TIME",
     "2024-10-09T19:58"),
    ("Published 8 July 2024, 05:12 CDT | Updated", "2024-07-08", "8 July 2024, 05:12 CDT", "TIME",
     "2024-07-08T05:12"),
    ("Published: 8:30pm, 27 Jan 2025", "2025-01-27", "8:30pm, 27 Jan 2025", "TIME", "2025-01-27T20:30"),
    ("2024-06-26 09:12 | Updated 2024-06-26 19:40", "2024-06-26", "2024-06-26 19:40", "TIME", "2024-06-26T19:40"),
    ("Updated: 10/01/2025 09:42 AM EDT", "2025-10-01", "10/01/2025 09:42 AM EDT", "TIME", "2025-10-01T09:42"),
    ("Last updated: Wed 10 Dec 2025 14.22 PST", "2025-12-10", "Wed 10 Dec 2025 14.22 PST", "TIME",
     "2025-12-10T14:22"),
    ("July 8, 2024 9:47 AM GMT+2", "2024-07-08", "July 8, 2024 9:47 AM GMT+2", "TIME", "2024-07-08T09:47"),
    ("The meeting ended at 18.05 BST.", "2024-10-09", "18.05 BST", "TIME", "2024-10-09T18:05"),
    ("Trump spoke at about 2.30am eastern time.", "2024-11-06", "about 2.30am eastern time", "TIME",
     "2024-11-06T02:30"),
    # a clock time that is a line of its own heads a live blog's entry: the writing day's
    ("3:05 p.m. CDT\nForecasters expect it to become a depression by Tuesday morning.\n\n1:30 p.m. CDT\nPower is out.",
     "2024-07-08", "1:30 p.m. CDT", "TIME", "2024-07-08T13:30"),
    ("9:20 p.m.\nCrews will search until 7 a.m. Sunday.\n\n6:45 p.m.\nThe camp said 27 girls were missing.",
     "2025-07-05", "6:45 p.m.", "TIME", "2025-07-05T18:45"),
    # a clock time with its part of day keeps its minutes; "late last night" is last night's end
    ("Spring arrived Wednesday, at 7:02 in the morning Eastern time.", "2013-03-22", "7:02 in the morning", "TIME",
     "2013-03-20T07:02"),
    ("The session resumed at 4:15 in the afternoon.", "2013-03-22", "4:15 in the afternoon", "TIME",
     "2013-03-22T16:15"),
    ("Helene has weakened since making landfall late last night.", "2024-09-27", "late last night", "TIME",
     "2024-09-26TNI"),
    # a dated scheduled event after a preposition leans ahead; one that is the verb's object is done
    ("Powell declined to comment on the Nov. 5 presidential election.", "2024-06-12", "Nov. 5", "DATE", "2024-11-05"),
    ("He lost the Nov. 5 election.", "2024-06-12", "Nov. 5", "DATE", "2023-11-05"),
    # a future with a new event ("a video call") is not the report of one gone by
    ("European leaders will hold a video call on Tuesday to discuss security guarantees, Starmer's office said.",
     "2025-11-27", "Tuesday", "DATE", "2025-12-02"),
    # a weekday's close is a price already set, whatever the clause's future
    ("Strategists forecast the index will end next year about 12 per cent above Friday's close.", "2025-12-15",
     "Friday", "DATE", "2025-12-12"),
    # a wish's deadline is an aim: the nearer, either side of the writing
    ("Merz said he wanted a coalition in place by Easter.", "2025-02-24", "Easter", "DATE", "2025-04-20"),
    ("Merz said he wanted a coalition in place by April.", "2025-02-24", "April", "DATE", "2025-04"),
    # a past perfect's weekday that is the story's own day stays that day (another goes before it)
    ("The flight landed in Denver on Thursday, officials said. The plane had been due in Chicago at 2:45 p.m. "
     "on Thursday.", "2013-03-22", "2:45 p.m.", "TIME", "2013-03-21T14:45"),
    ("Floods hit on July Fourth. Abbott had signed a disaster declaration on Friday night.", "2025-07-05",
     "Friday night", "TIME", "2025-07-04TNI"),
    # a ranked noun's infinitive tells what has happened ("the third hurricane to hit"), unless told ahead
    ("It is the third hurricane to hit Florida this year, after Debby in August.", "2024-10-09", "August", "DATE",
     "2024-08"),
    ("He will be the first leader to visit Cuba in November.", "2024-10-09", "November", "DATE", "2024-11"),
    # a present sentence's year is the writing's, whatever year a clause in it told of
    ("Taiwan expects the first of 66 fighters it ordered in 2019 to arrive by the end of the year.", "2024-10-14",
     "the end of the year", "DATE", "2024"),
    # a figure already out is a basis of comparison, whatever the forecast ("than the 5.9% in March");
    # a bound on an amount is not ("more than 5% in June")
    ("Analysts expect growth of 5.5%, slightly slower than the 5.9% in March.", "2025-05-06", "March", "DATE",
     "2025-03"),
    ("Analysts expect growth of more than 5% in June.", "2025-05-06", "June", "DATE", "2025-06"),
    # a past relative clause tells a set-for date as done
    ("Ishiba took office last October and called a snap general election for Oct. 27 that cost the coalition "
     "its majority.", "2025-07-21", "Oct. 27", "DATE", "2024-10-27"),
    # a stamp's weekday may be abbreviated; a stamp's date may leave out its year
    ("Published 9:14 PM EDT, Tue September 9, 2025", "2025-09-10", "9:14 PM EDT, Tue September 9, 2025", "TIME",
     "2025-09-09T21:14"),
    ("Thu 16 Jan 2025 09.41 GMT", "2025-01-16", "Thu 16 Jan 2025 09.41 GMT", "TIME", "2025-01-16T09:41"),
    ("Fri December 5, 2025", "2025-12-05", "Fri December 5, 2025", "DATE", "2025-12-05"),
    ("Update June 13th, 4:05 AM ET: Added the report.", "2025-06-13", "June 13th, 4:05 AM ET", "TIME",
     "2025-06-13T04:05"),
    # "Updated at" makes a stamp of the writing day, whatever the headline told of
    ("Leaders to meet tomorrow\n\nUpdated at 17.05 BST\n\nThey spoke on Friday.", "2025-08-14", "17.05 BST", "TIME",
     "2025-08-14T17:05"),
    # a bare 24-hour clock heading a line: a live blog's stamp, or a timeline's step on the day before it
    ("Live\n\n22:58\nSterling at London Colney\n\n22:40\nDeal agreed.", "2024-08-30", "22:40", "TIME",
     "2024-08-30T22:40"),
    ("Timeline\n\nFriday 04:09 - CrowdStrike pushes the update\n05:27 - The update is withdrawn", "2024-07-20",
     "05:27", "TIME", "2024-07-19T05:27"),
    # a judge who set a day set it then: the nearer one
    ("Judge Vernon Oduya set sentencing for July 8.", "2025-03-27", "July 8", "DATE", "2025-07-08"),
    # what a violent event "of" a date tells of happened
    ("Instead of condemning the atrocities of October 7, the Assembly continues to dance, he said.", "2024-09-18",
     "October 7", "DATE", "2023-10-07"),
    # a deadline "originally due" is a plan as it stood: the nearer day
    ("The approval comes two months after the agency delayed its decision, originally due on Jan. 24.", "2025-03-27",
     "Jan. 24", "DATE", "2025-01-24"),
    # what usually happens in a relative clause makes no generic season of the main clause
    ("The package needs the member states, which typically takes at least 18 months, though officials hope to "
     "fast-track the changes by the spring.", "2025-12-02", "the spring", "DATE", "2026-SP"),
    # a hyphenated fraction of a unit keeps its "the past"/"the next"
    ("Over the next quarter-century the firm designed 40 towers.", "2025-01-09", "the next quarter-century",
     "DURATION", "P25Y"),
    # a time past the page's own stamp that the page tells of as done is of the night before
    ("Last updated: Wednesday, November 6, 2024 at 9:48 a.m. ET\n\n1:47 a.m. ET\nTrump was declared the winner."
     "\n\n11:20 p.m. ET\nPolls closed at 8 p.m. ET in Pennsylvania, and Harris will speak at 11 a.m.", "2024-11-06",
     "11:20 p.m. ET", "TIME", "2024-11-05T23:20"),
    ("Last updated: Wednesday, November 6, 2024 at 9:48 a.m. ET\n\nPolls closed at 8 p.m. ET in Pennsylvania, and "
     "Harris will speak at 11 a.m.", "2024-11-06", "8 p.m. ET", "TIME", "2024-11-05T20:00"),
    ("Last updated: Wednesday, November 6, 2024 at 9:48 a.m. ET\n\nPolls closed at 8 p.m. ET in Pennsylvania, and "
     "Harris will speak at 11 a.m.", "2024-11-06", "11 a.m.", "TIME", "2024-11-06T11:00"),
    # a cancellation or closure "through" a day runs on to it
    ("Millbrook Area School District canceled its enrichment programs through Friday.", "2025-07-09", "Friday", "DATE",
     "2025-07-11"),
    # a small hour after a late one of the story's day is of the next day, whatever year was named between
    ("Polls closed at 22:00 BST on Thursday. The first seat declared at 23:15.\n\nTurnout was down from 67.3% in "
     "2019.\n\nStarmer told activists at Tate Modern at 04:55: \"Change begins now.\"", "2024-07-05", "04:55", "TIME",
     "2024-07-05T04:55"),
    # figures "through" a month cover a time gone by
    ("Its data through November already show 2024 surpassing the record.", "2024-12-30", "November", "DATE",
     "2024-11"),
    # day-first and dotted dates take their clock time too; " - " and " | " may stand between
    ("21.06.2024 18:42", "2024-06-21", "21.06.2024 18:42", "TIME", "2024-06-21T18:42"),
    ("2024.08.30 | 12:05", "2024-08-30", "2024.08.30 | 12:05", "TIME", "2024-08-30T12:05"),
    ("KYODO NEWS - Oct 28, 2024 - 14:02 | Japan", "2024-10-28", "Oct 28, 2024 - 14:02", "TIME", "2024-10-28T14:02"),
    # a first publication's stamp, with updates told after it, puts no later time on the day before
    ("October 17, 2024 7:48 AM\n\nUpdate: This story was updated at 10:15 a.m.\n\nNo casualties were reported "
     "as of 10 a.m.", "2024-10-17", "10 a.m.", "TIME", "2024-10-17T10:00"),
    # "over the past day" is its 24 hours; "not less than" bounds from below
    ("There were 118 clashes over the past day, the General Staff said.", "2025-02-14", "the past day", "DURATION",
     "P1D"),
    ("The target is reachable only in the medium term.", "2024-08-30", "the medium term", "DATE", "FUTURE_REF"),
    # a timeline's heading lines: a day over its clock times, a year over its dates
    ("Tuesday, October 29, 7:36am\nAEMET raises its warning to red.\n\n8:12pm\nThe government sends an alert.",
     "2024-11-07", "8:12pm", "TIME", "2024-10-29T20:12"),
    ("Key dates\n\n2022\nFeb. 24 - Russia launches its invasion.\n\n2024\nJuly 31 - The first jets arrive.",
     "2025-09-22", "Feb. 24", "DATE", "2022-02-24"),
    # "the current financial year" is a fiscal year (which gets no calendar interval)
    ("The RBI raised its growth forecast for the current financial year.", "2025-12-05", "the current financial year",
     "DATE", "2025"),
    # a clock time set off from its entry's head by a wide gap is a live blog's stamp
    ("Live\n\n8:05 am  Red Cross vehicles arrive after the truce took effect on Friday.\n\n12:05 pm  Trump lands",
     "2025-10-13", "12:05 pm", "TIME", "2025-10-13T12:05"),
    # a day and month before a noun leave "the" out, as "the Jan. 14 deadline" does
    ("Turnout after the 22 January election was low.", "2013-03-22", "22 January", "DATE", "2013-01-22"),
    # an anniversary falls years after what it marks: no year from the story
    ("The uprising began in March 2011 with protests in Deraa, and marked its second anniversary on 15 March.",
     "2013-03-24", "15 March", "DATE", "2013-03-15"),
    # a budget year is a fiscal year
    ("The cuts hit in the rest of the 2013 budget year, which ends Sept. 30.", "2013-03-21", "the 2013 budget year",
     "DATE", "2013"),
    ("He served 15 and a half months in prison.", "2013-03-21", "15 and a half months", "DURATION", "P15.5M"),
    ("Markets will be closed on Easter Monday, April 1.", "2013-03-21", "Easter Monday, April 1", "DATE", "2013-04-01"),
    ("Gasoline prices climbed after falling during the prior four months.", "2013-03-21", "the prior four months",
     "DURATION", "P4M"),
    ("The project begins paying off in the second half of calendar 2013.", "2013-03-21",
     "the second half of calendar 2013", "DATE", "2013-H2"),
    # "the coming week" is the next one; a weekday listed after a week its sentence names is of that week
    ("Stocks face a test in the coming week.", "2013-03-16", "the coming week", "DATE", "2013-W12"),
    ("The coming week brings housing starts on Tuesday and home sales on Thursday.", "2013-03-16", "Thursday", "DATE",
     "2013-03-21"),
    ("Other data due this week include home sales, out Thursday.", "2013-03-19", "Thursday", "DATE", "2013-03-21"),
    # "as early as" looks ahead, but not under a past perfect
    ("SpaceX had hoped to fly the mission as early as August.", "2024-10-13", "August", "DATE", "2024-08"),
    ("Astronomers had found images of it taken as early as mid-June.", "2025-10-26", "mid-June", "DATE", "2025-06"),
    # a live blog's entry head run on into an entry that tells of what recurs is still the day's stamp
    ("Live\n\n1:01 p.m. ET — Tim Cook takes the stage\nThe show began.\n\n11:30 a.m. ET — What we're expecting\n"
     "Apple holds its iPhone event each September.", "2024-09-09", "11:30 a.m. ET", "TIME", "2024-09-09T11:30"),
    # a day's forecast, as the subject of "is forecast", lies ahead
    ("Wednesday's high is forecast to reach only 34 degrees.", "2013-03-25", "Wednesday", "DATE", "2013-03-27"),
    # a base form sharing a present verb's subject tells a schedule too
    ("Polls open at 7 a.m. and close at 7 p.m. Tuesday.", "2013-03-17", "7 p.m. Tuesday", "TIME", "2013-03-19T19:00"),
    # "ahead of schedule" is earlier than planned, no lead-up to the day
    ("The trial was stopped ahead of schedule on Monday after strong results.", "2013-03-20", "Monday", "DATE",
     "2013-03-18"),
    # a company's own quarter is not in the calendar's order: "the quarter" after it is the one reported on
    ("The company earned $312 million, or $1.10 a share, for its fiscal third quarter. Net income for the quarter "
     "ended Feb. 28 rose 5%.", "2013-03-21", "the quarter", "DATE", "2013-Q3"),
    # a sentence opening on "Today" brings the story back to the present: no year from the flashback
    ("When she arrived in the Senate in January 1987, she was one of two women. Today she is the chairwoman, a post "
     "that took effect when the new Congress was sworn in on Jan. 3.", "2013-03-17", "Jan. 3", "DATE", "2013-01-03"),
    # a record or peak a price is measured from was already set
    ("The stock remains about 35% below its record close in mid-December.", "2025-07-02", "mid-December", "DATE",
     "2024-12"),
    ("Prices are 10% below their peak in March.", "2025-07-02", "March", "DATE", "2025-03"),
    # "each other" is a pronoun, not "every other"
    ("The rebels and the army accused each other Tuesday of using chemical weapons.", "2013-03-19", "Tuesday", "DATE",
     "2013-03-19"),
    # a verb whose past is spelled as its present tells no schedule
    ("Sidney Crosby scored twice as the Penguins beat the Jets on Thursday night.", "2013-03-16", "Thursday night",
     "TIME", "2013-03-14TNI"),
    # a reported "would" leaves a month to the nearer side; results "through" a month under "would" lie ahead
    ("The retailer said the storm would weigh on results through early February.", "2024-11-26", "early February",
     "DATE", "2025-02"),
    # a bare "past" before a weekday is "beyond" ("the past Tuesday" and "this past Tuesday" are the last one)
    ("Congress failed to keep agencies open past Tuesday, when the fiscal year ended.", "2025-10-02", "Tuesday", "DATE",
     "2025-09-30"),
    # a deadline's day is no day the story goes on in
    ("The president flew to Brussels on Sunday, as the island raced to secure a bailout before a Monday deadline.\n\n"
     "Finance ministers were due to meet at 6 p.m., and officials said the talks could run into the night.",
     "2013-03-24", "6 p.m.", "TIME", "2013-03-24T18:00"),
    # "midmorning" written as one word is the middle of a morning too
    ("Rebels reached the presidential palace by midmorning.", "2013-03-25", "midmorning", "TIME", "2013-03-25TMO"),
    # a day the text gave its year before keeps it, whatever year the story has moved to since
    ("The man was arrested on 9 October last year. His trial began in March 2011 for an earlier fraud.\n\n"
     "On 9 October, the court heard, he had driven to the house at 08:00.", "2013-03-25", "08:00", "TIME",
     "2012-10-09T08:00"),
    ("Shares rose early in the month, before the ruling.", "2013-02-20", "early in the month", "DATE", "2013-02"),
    # a timeline's entry head names its day before the clock time: one expression
    ("Timeline\n\nSaturday, 7:40 p.m.: A tornado touches down near the airport.", "2025-05-18", "Saturday, 7:40 p.m.",
     "TIME", "2025-05-17T19:40"),
    # a month a plan had been expected in is the plan as it stood: the nearer one, either side
    ("The bank cut its outlook, though furloughs had been expected to begin in July.", "2013-03-20", "July", "DATE",
     "2013-07"),
    # a present copula with an adjective schedules its day ahead
    ("Federal courts are closed Monday for the holiday.", "2025-01-17", "Monday", "DATE", "2025-01-20"),
    # the deadline of a demand told in the past looks ahead of the demand
    ("In a letter sent this week, he called for a review of agency spending by October.", "2025-03-28", "October",
     "DATE", "2025-10"),
    ("Lawmakers will not meet Monday, the Cesar Chavez Day holiday.", "2025-03-28", "Cesar Chavez Day", "DATE",
     "2025-03-31"),
    # weekly figures: the week a day ends, and the story's week by its possessive
    ("Jobless claims fell to 336,000 for the week ended March 16, the department said.", "2013-03-21", "the week",
     "DATE", "2013-W11"),
    ("Stocks rose on Friday, recovering much of the week's losses.", "2013-03-22", "the week", "DATE", "2013-W12"),
    # "the quarter" after the quarter its sentence names as running is that one, not the last ended
    ("With the first quarter ending next week, managers may buy the quarter's best performers.", "2013-03-22",
     "the quarter", "DATE", "2013-Q1"),
    # a year naming a thing gives no year to the months of its clause
    ("A panel held a trial over the 2021 maps in May and June.", "2025-08-15", "May", "DATE", "2025-05"),
    # a live blog's entry head ends with its line: its present tense does not run into the entry
    ("Live updates\n\n13:20 GMT - Talks: decision now rests with Moscow\nIn his address late Tuesday, the "
     "president said talks would go on.", "2025-03-12", "late Tuesday", "DATE", "2025-03-11"),
    ("Updated October 14, 2025, 8:05 p.m. IDT\n\nThe truce held.", "2025-10-14", "October 14, 2025, 8:05 p.m. IDT",
     "TIME", "2025-10-14T20:05"),
    ("Prices reached 4,285 yen in the week to 11 May.", "2025-05-23", "the week", "DATE", "2025-W19"),
    ("It set aside funds in the financial year ending 30 June.", "2025-04-16", "the financial year", "DURATION", "P1Y"),
    # a meeting called the next one is ahead; so is the second of two months joined in the calendar's order
    ("She would not commit to a step at the next meeting in July.", "2025-06-05", "July", "DATE", "2025-07"),
    ("Markets now price one more cut, most likely in September or December.", "2025-06-05", "December", "DATE",
     "2025-12"),
    # "ahead of" reaches over a long name to its day
    ("Banks rose ahead of first-quarter earnings reports from JPMorgan Chase and Wells Fargo on Friday.",
     "2025-04-09", "Friday", "DATE", "2025-04-11"),
    # a measure taken in the past runs on through its end
    ("The government placed several districts on red alert through Wednesday night.", "2025-07-01",
     "Wednesday night", "TIME", "2025-07-02TNI"),
    # a deadline under "must" is still open
    ("Players must report to their national teams by 8 December.", "2025-01-28", "8 December", "DATE", "2025-12-08"),
    # a quarter a future modal looks to, long ended this year, is next year's
    ("It warned that prices could pick up again in the January-March quarter.", "2025-08-06",
     "the January-March quarter", "DATE", "2026-Q1"),
    # a year dating the events a sentence opens on sets the scene for the months after it
    ("The events of 1989 moved with astonishing speed. Hungary had begun dismantling its fence in May.",
     "2024-11-11", "May", "DATE", "1989-05"),
    # a clock range that runs past midnight starts the day before its end's
    ("The city will impose a curfew from 8 p.m. until 7 a.m. Thursday.", "2024-10-09", "8 p.m.", "TIME",
     "2024-10-09T20:00"),
    # a gerund after "before" takes the schedule of its verb
    ("The tour opens May 2 in Tulsa and winds through the South before closing Aug. 31.", "2013-03-20", "Aug. 31",
     "DATE", "2013-08-31"),
    ("Several regional lenders report on Thursday and Friday.", "2025-10-14", "Thursday", "DATE", "2025-10-16"),
    ("Since last week the generator has been running daily.", "2025-04-16", "daily", "SET", "P1D"),
    # a gain since the start of the year is counted in the writing's year, whatever year was reported
    ("Fourth-quarter profit rose 5 percent to $2 billion. For the full year, revenue rose 3 percent. The stock "
     "had risen 11 percent since the start of the year.", "2013-03-22", "the start of the year", "DATE", "2013"),
    # the year-ago quarter of a company's own quarter is that quarter a year back
    ("Net income for its fiscal third quarter, which ended Feb. 28, fell to $300 million from $420 million a year "
     "earlier. Revenue rose to $10.9 billion from $10.6 billion in the year-ago quarter.", "2013-03-19",
     "the year-ago quarter", "DATE", "2012-Q3"),
    # a live blog's heads run newest first: each is a stamp of the writing day, zone or not
    ("Live updates\n\n2:10 p.m. - Crossing to reopen\nOfficials said on Wednesday the crossing would reopen.\n\n"
     "1:45 p.m. - It is finally over\nFamilies gathered on Monday.", "2025-10-14", "1:45 p.m.", "TIME",
     "2025-10-14T13:45"),
    # a month under a past perfect, even one its verb completes, is of the story's year
    ("The events of 1989 moved fast. That summer, thousands fled through Hungary, which had begun dismantling its "
     "border fence in May.", "2024-11-11", "May", "DATE", "1989-05"),
    # what an aim is wanted done before looks ahead of the wanting
    ("The minister said on Monday that the government wanted small units installed before winter.", "2024-06-18",
     "winter", "DATE", "2024-WI"),
    # a source's own day is not counted on from a date its sentence told of
    ("Russian forces launched a push on Jan. 5 and have held the ground, according to an analysis published "
     "Saturday by a think tank.", "2025-01-28", "Saturday", "DATE", "2025-01-25"),
    # a holiday takes the year the words after it name
    ("A truce announced for Orthodox Christmas in January 2023 collapsed within hours.", "2025-04-23",
     "Orthodox Christmas", "DATE", "2023-01-07"),
    # "about" before "the" is a preposition, no approximation
    ("\"We think about the next few hours,\" he said.", "2025-03-20", "the next few hours", "DURATION", "PTXH"),
    ("Historically, July and August are the city's deadliest months.", "2024-07-08", "July", "DATE", "XXXX-07"),
    ("A scheduling order sets a deadline of Oct. 31 for the exchange of evidence.", "2025-04-17", "Oct. 31", "DATE",
     "2025-10-31"),
    # a record a crest ranks behind gives no year to the story's next month
    ("The river crested at 31.2 feet, behind only the flood of December 2015. Many of the dead had come for "
     "the Fourth of July.", "2025-07-08", "the Fourth of July", "DATE", "2025-07-04"),
    # a future verb's day, however the parse hangs it on the object
    ("He will announce the decision on Friday.", "2013-03-13", "Friday", "DATE", "2013-03-15"),
    # results still to report are of the nearer quarter, even one not yet begun
    ("Several companies expect to report record results for the second quarter.", "2013-03-21",
     "the second quarter", "DATE", "2013-Q2"),
    # a year told in passing about a name is no year for "the year" of the main clause
    ("The Institute, which opened in 1992, has extended its hours through the end of the year.", "2013-03-27",
     "the end of the year", "DATE", "2013"),
    # a season going on in a present progressive is the nearer one, not next year's
    ("The flu season that packed emergency rooms this winter is finally loosening its grip.", "2013-03-11",
     "this winter", "DATE", "2012-WI"),
    ("This summer is ending with a heat wave.", "2013-09-10", "This summer", "DATE", "2013-SU"),
    ("Winter is refusing to leave quietly.", "2013-03-29", "Winter", "DATE", "2012-WI"),
    # a part of day in a clause ahead, on the day named ahead
    ("The cardinals will celebrate a Mass on Tuesday morning, then file into the Sistine Chapel in the "
     "afternoon.", "2013-03-11", "the afternoon", "TIME", "2013-03-12TAF"),
    ("Abe will announce the plan on Friday. He will hold a press conference in the evening after briefing "
     "party executives.", "2013-03-13", "the evening", "TIME", "2013-03-15TEV"),
    ("On Saturday, the craft market runs from 9 a.m. to 5 p.m., followed by a lantern parade in the evening.",
     "2025-09-17", "the evening", "TIME", "2025-09-20TEV"),
    ("The turmoil erupted in the early afternoon.", "2013-03-21", "the early afternoon", "TIME", "2013-03-21TAF"),
    ("The store will reopen around Christmas.", "2013-03-29", "around Christmas", "DATE", "2013-12-25"),
    ("A coach who killed a cyclist on Thanksgiving night 2011 was sentenced Wednesday.", "2013-03-13",
     "Thanksgiving night 2011", "TIME", "2011-11-24TNI"),
    # "the year before" right after a year counted back is a year before that one
    ("Officials said the count found 212 people living unsheltered a year ago, up from 174 the year before.",
     "2025-01-14", "the year before", "DATE", "2023"),
    ("Sales fell last year after rising 5% the year before.", "2025-01-14", "the year before", "DATE", "2023"),
    # with no quarter reported, "the same quarter last year" is the quarter its sentence named
    ("The company expects to sell 72 million phones in the second quarter, up from 50 million in the same "
     "quarter last year.", "2013-03-22", "the same quarter last year", "DATE", "2012-Q2"),
    ("The festival runs this weekend. Sunday's schedule includes a pie contest at 1 p.m.", "2025-09-17",
     "Sunday", "DATE", "2025-09-21"),
    ("Analysts expect 10 million units to sell in the first month alone.", "2013-03-22", "the first month",
     "DATE", "XXXX-XX"),
    ("The strike lasted three full days.", "2025-03-31", "three full days", "DURATION", "P3D"),
    # a gapped clause keeps the modal of the one before
    ("The deal should be signed by the end of the month, and the first tranche of aid paid out in early May.",
     "2013-03-16", "early May", "DATE", "2013-05"),
    ("The government forecasts a contraction in 2013, with a recovery pencilled in for the second half of "
     "the year.", "2013-03-12", "the second half of the year", "DATE", "2013-H2"),
    # a clock time is not on the day that opens the next sentence
    ("The festival opens at 4 p.m. Friday, and the concert begins at 6 p.m. On Saturday, the market runs "
     "from 9 a.m.", "2025-09-17", "6 p.m.", "TIME", "2025-09-19T18:00"),
    # a bare month does not take the year of a day named a paragraph before
    ("His pickup struck a cyclist at about 9:40 p.m. on Nov. 24, 2011, prosecutors said.\n\nThe sentencing "
     "had been postponed twice, first in December and again on Feb. 27.", "2013-03-13", "December", "DATE",
     "2012-12"),
    # a clock time in a past clause is not on a day still ahead, but on the writing's
    ("The company said preorders begin April 12. Its launch event was streamed online starting at 7 p.m.",
     "2013-03-22", "7 p.m.", "TIME", "2013-03-22T19:00"),
    ("He also moved the trial, previously set for Aug. 12, to a date in the fall.\n\nMarsh wrote in a brief "
     "order issued at about 11 a.m.", "2013-03-19", "about 11 a.m.", "TIME", "2013-03-19T11:00"),
    # the day "since" counts from is no day for the telling's afternoon, however parsed
    ("Security forces killed five more intruders, police said Sunday. The deaths bring to 62 the number of "
     "intruders killed since an offensive was launched on March 5, police chief Ismail Omar told reporters at "
     "a briefing in the afternoon.", "2013-03-17", "the afternoon", "TIME", "2013-03-17TAF"),
    # a deadline told as past is the nearer one (not one reported: "said the report was due Friday")
    ("The president's budget, which by law was due the first Monday in February, is not expected until April.",
     "2013-03-11", "the first Monday in February", "DATE", "2013-02-04"),
    ("He said the report was due Friday.", "2013-03-11", "Friday", "DATE", "2013-03-15"),
    # a gerund subject takes its verb's tense; a "with" absolute and an "if needed" the main clause's
    ("The army said fighting overnight near the town had killed at least a dozen militants.", "2013-03-13",
     "overnight", "TIME", "2013-03-12TNI"),
    ("Traders expect thin volumes next week, with London closed on Easter Monday.", "2013-03-23", "Easter Monday",
     "DATE", "2013-04-01"),
    ("The six judges would sit from Tuesday through Thursday and, if needed, into the weekend.", "2013-03-19",
     "the weekend", "DATE", "2013-W12-WE"),
    ("Forecasters expect another storm to cross the Bering Sea and weaken by Sunday.", "2013-03-29", "Sunday",
     "DATE", "2013-03-31"),
    # a report "after the bell" is a schedule, not what follows an event
    ("Meridian Networks reports after the bell on Thursday.", "2025-01-28", "Thursday", "DATE", "2025-01-30"),
    ("Officials did, however, withdraw a proposed directive on Tuesday.", "2025-02-13", "Tuesday", "DATE",
     "2025-02-11"),
    # "since the autumn" counts from a time gone by, however parsed
    ("Supply constraints that had limited AI sales since the autumn would ease, the company said.", "2025-04-30",
     "the autumn", "DATE", "2024-FA"),
    ("The agency plans to furlough each of its employees one day every two weeks.", "2013-03-19", "one day",
     "DURATION", "P1D"),
    ("Officials have since said the drawdown could slip to May if fighting persists.", "2013-03-13", "May", "DATE",
     "2013-05"),
    ("Millions of Americans are hitting the road for the Easter weekend.", "2013-03-29", "the Easter weekend",
     "DATE", "2013-W13-WE"),
    # a sentence the tagger found no verb in, with a fixture's verb as a noun
    ("Redcastle, 12th in the table after six games, host Elmbridge at 3pm on Saturday.", "2025-09-24", "Saturday",
     "DATE", "2025-09-27"),
    # on a Sunday, a week or weekend looked ahead to is the next one
    ("The House will spend much of the week on the budget, and the debate could stretch into the weekend.",
     "2013-03-17", "the week", "DATE", "2013-W12"),
    ("The House will spend much of the week on the budget, and the debate could stretch into the weekend.",
     "2013-03-17", "the weekend", "DATE", "2013-W12-WE"),
    ("Rain fell over the weekend.", "2013-03-17", "the weekend", "DATE", "2013-W11-WE"),
    ("The North has been threatening the South daily since the U.N. imposed new sanctions.", "2013-03-28",
     "daily", "SET", "P1D"),
    ("Normally we see the rise begin in early December. This time it began right after Christmas.", "2025-01-14",
     "early December", "DATE", "XXXX-12"),
    ("\"We usually expect cases to fall by November,\" she said.", "2025-11-04", "November", "DATE", "XXXX-11"),
    ("He is expected to be handed over within days of a final decision, and no earlier than mid-April.",
     "2013-03-23", "mid-April", "DATE", "2013-04"),
    ("The mayor is in Dublin for St Patrick's Day celebrations today.", "2013-03-17", "St Patrick's Day", "DATE",
     "2013-03-17"),
    ("The clocks go forward on Sunday, which is also Easter Day.", "2013-03-27", "Easter Day", "DATE", "2013-03-31"),
    ("NBC, which unveiled its schedule for the fall on Monday afternoon, canceled two dramas.", "2025-05-16",
     "the fall", "DATE", "2025-FA"),
    ("Only about 120 had done so by the end of October, nine months after the original February deadline.",
     "2025-11-26", "February", "DATE", "2025-02"),
    ("The meeting had originally been scheduled for early March but was pushed back.", "2025-03-28",
     "early March", "DATE", "2025-03"),
    # a comparison in a sentence that names its own day is of that day, not of a quarter named before
    ("Bank profits fell in the third quarter.\n\nThe average fixed rate stood at 6.89% on Thursday, compared "
     "with 6.64% a year ago.", "2025-02-09", "a year ago", "DATE", "2024-02-06"),
    ("The box office stood at about $7.4 billion through Sunday, roughly 4% ahead of the same period last year.",
     "2025-11-19", "the same period last year", "DATE", "2024"),
    # "that year" points back to a year named in passing too
    ("The 2013 storm Haiyan, which killed more than 6,000 people in November of that year, remains the deadliest.",
     "2025-10-21", "November of that year", "DATE", "2013-11"),
    ("Cyprus has been in talks since 2010. When Greece received its first rescue in May of that year, the idea was "
     "unthinkable.", "2013-03-19", "May of that year", "DATE", "2010-05"),
    # a time long past told after "today" sets up no contrast with it
    ("The stock market is closed today for Good Friday, which gives investors three days to absorb a fact that "
     "seemed unimaginable four years ago.", "2013-03-29", "today", "DATE", "2013-03-29"),
    ("Four years ago the company was bankrupt, but it is hiring today.", "2013-03-29", "today", "DATE",
     "PRESENT_REF"),
    ("Series I savings bonds bought through April 30 earn a composite rate of 3.11%.", "2025-02-09", "April 30",
     "DATE", "2025-04-30"),
    ("That began in earnest in 1968, when Richard Nixon took advantage of anger over Johnson's 1964 Civil Rights "
     "Act. While George Wallace ran a third-party campaign that year, Nixon won.", "2016-07-18", "that year", "DATE",
     "1968"),
    ("One is Sandra Ripert, a real estate agent today who was a Bear Stearns assistant 25 years ago.", "2016-02-01",
     "today", "DATE", "PRESENT_REF"),
    ("Authorities announced on Friday the arrest of a man and said a curfew would continue through the weekend.",
     "2016-09-25", "the weekend", "DATE", "2016-W38-WE"),
    ("The February CPI is scheduled for March 12, and the March report will come out April 10.", "2025-02-09",
     "March", "DATE", "2025-03"),
    ("Forecasters expect prices to rise 0.3% from December.", "2025-02-09", "December", "DATE", "2024-12"),
    ("To have coverage in place on the first day of 2026, shoppers must pick a plan by Dec. 15.", "2025-11-25",
     "the first day of 2026", "DATE", "2026-01-01"),
    ("NOAA released its summer outlook on Thursday.", "2013-03-23", "summer", "DATE", "2013-SU"),
    ("The fundraising period that ends tonight covers April 1 through June 30.", "2025-06-30", "April 1", "DATE",
     "2025-04-01"),
    # deep time: a year before the calendar's first is BC; a full date may have any year of the last thousand
    ("Caesar was killed in 44 B.C. in Rome.", "2025-02-04", "44 B.C.", "DATE", "BC0044"),
    ("Vesuvius erupted in AD 79, burying Pompeii.", "2025-02-04", "AD 79", "DATE", "0079"),
    ("The tablet dates to 2,100 BCE.", "2025-02-04", "2,100 BCE", "DATE", "BC2100"),
    ("The city was founded in the third century B.C. by traders.", "2025-02-04", "the third century B.C.", "DATE",
     "BC02"),
    ("The church was rebuilt in the 12th century AD.", "2025-02-04", "the 12th century AD", "DATE", "11"),
    # a weekday a week on: "a week from Friday", UK "Saturday week", US "a week ago Sunday"
    ("The talks will resume a week from Friday, officials said.", "2025-03-05", "a week from Friday", "DATE",
     "2025-03-14"),
    ("The match has been rearranged for a week on Saturday.", "2025-03-05", "a week on Saturday", "DATE",
     "2025-03-15"),
    ("The vote is now expected on Saturday week.", "2025-03-05", "Saturday week", "DATE", "2025-03-15"),
    ("The shop closed a week ago Sunday.", "2025-03-05", "a week ago Sunday", "DATE", "2025-02-23"),
    ("It will reopen two weeks from Monday.", "2025-03-05", "two weeks from Monday", "DATE", "2025-03-24"),
    # "another" counts like "a"/"an" and premodifies a number
    ("The ceasefire will last at least another week.", "2025-03-05", "at least another week", "DURATION", "P1W"),
    ("Aid convoys need another 72 hours to reach the city.", "2025-03-05", "another 72 hours", "DURATION",
     "PT72H"),
    ("Farming began 3,000 years ago.", "2025-02-04", "3,000 years ago", "DATE", "BC0976"),
    ("The charter was sealed on June 15, 1215.", "2025-02-04", "June 15, 1215", "DATE", "1215-06-15"),
    # a clause under "will" does not count "the day" from a time gone by
    ("Jobless claims fell by 1,500 in February. Osborne will deliver his budget to Parliament later in the day.",
     "2013-03-20", "the day", "DATE", "2013-03-20"),
    ("The blast came on March 3, 2012. Later in the day, troops arrived.", "2013-03-20", "the day", "DATE",
     "2012-03-03"),
    # "the second and third quarters": two quarters; said of what usually happens, a SET each
    ("The sequester would shave 0.5 point off growth in the second and third quarters.", "2013-03-18",
     "third quarters", "DATE", "2013-Q3"),
    ("The sequester would shave 0.5 point off growth in the second and third quarters.", "2013-03-18", "second",
     "DATE", "2013-Q2"),
    ("Its auction business is usually conducted in the second and fourth quarters.", "1989-10-26",
     "fourth quarters", "SET", "XXXX-Q4"),
    ("Sales in the November-December period rose 0.7%.", "2013-03-18", "November", "DATE", "2012-11"),
    # midnight after an evening time closes the day; "every" reaches the days joined to its own
    ("The meeting began at 7 p.m. and ended after midnight.", "2013-03-20", "midnight", "TIME", "2013-03-20T24:00"),
    ("The lottery is drawn every Wednesday and Saturday night.", "2013-03-20", "Saturday night", "SET",
     "XXXX-WXX-6TNI"),
    # a clock time without a.m./p.m. is in the evening before "that night" or after a time said "p.m."
    ("Phone records placed him near the apartment at 9:14 that night.", "2013-03-18", "9:14", "TIME",
     "2013-03-18T21:14"),
    ("The 911 call came at 10:42 p.m. Officers arrived eight minutes later, and by 11:30 the suspect was in custody.",
     "2013-03-18", "11:30", "TIME", "2013-03-18T23:30"),
    ("The market opened at 9:30.", "2013-03-18", "9:30", "TIME", "2013-03-18T09:30"),
    # "a Friday afternoon in 1911": which Friday unsaid, as "a Friday" is
    ("The factory fire started on a Friday afternoon in 1911.", "2013-03-18", "Friday afternoon", "TIME",
     "XXXX-WXX-5TAF"),
    # "between March and June last year": the start takes the end's year, counted from the anchor
    ("It was first shown in Paris between March and June last year.", "2013-03-22", "March", "DATE", "2012-03"),
    # a plan told as past is either side; "faces" looks ahead; "the year to September" is a length
    ("A previous visit, planned for January, was cancelled at the last minute.", "2013-03-21", "January", "DATE",
     "2013-01"),
    ("The summit, planned for June, will be held in Berlin.", "2013-03-21", "June", "DATE", "2013-06"),
    ("Its leader faces re-election in the autumn.", "2013-03-21", "the autumn", "DATE", "2013-FA"),
    ("He faced re-election in the autumn.", "2013-03-21", "the autumn", "DATE", "2012-FA"),
    ("Net migration fell by a third in the year to September 2012.", "2013-03-22", "the year", "DURATION", "P1Y"),
    # a quoted "this week"/"next month" counts from the day its sentence says it was said
    ('"We expect a decision this week," the lawyer said last Friday.', "2013-03-21", "this week", "DATE",
     "2013-W11"),
    ('"Next month is going to tell us everything," the coach said on Feb. 28.', "2013-03-21", "Next month", "DATE",
     "2013-03"),
    ('"We expect a decision this week," the lawyer said.', "2013-03-21", "this week", "DATE", "2013-W12"),
    # "the following spring" is the first after the time told of; "the following week" after a month, a week of its year
    ("She was diagnosed with cancer in 2009. By the following spring, she was in remission.", "2013-03-18",
     "the following spring", "DATE", "2010-SP"),
    ("The plant opened in January 2005. The following summer, it hired 200 more workers.", "2013-03-18",
     "The following summer", "DATE", "2005-SU"),
    ("By the following spring, it was over.", "2025-01-31", "the following spring", "DATE", "2025-SP"),
    ("The shooting happened in August 2011. The following week, the suspect turned himself in.", "2013-03-18",
     "The following week", "DATE", "2011-WXX"),
    # "N years ago today", "a decade ago this week": that day (week) N years back, one expression
    ("Thirty years ago today, President Reagan proposed a missile defense system.", "2013-03-22",
     "Thirty years ago today", "DATE", "1983-03-22"),
    ("A decade ago this week, U.S. forces invaded Iraq.", "2013-03-22", "A decade ago this week", "DATE", "2003-W12"),
    # a clock time under "will" is not on a day gone by that the story told of
    ("Oracle said net income for the quarter ended Feb. 28 was $2.5 billion. The company will hold a conference "
     "call at 5 p.m. Eastern time.", "2013-03-20", "5 p.m. Eastern time", "TIME", "2013-03-20T17:00"),
    ("The guard was shot on Oct. 23. Police arrived at 10 p.m.", "2013-03-20", "10 p.m.", "TIME",
     "2012-10-23T22:00"),
    # a company that "reports earnings" on a day says nothing: the present schedules it
    ("Nike reports earnings Thursday.", "2013-03-20", "Thursday", "DATE", "2013-03-21"),
    ("The drugstore chain reports second-quarter results on Tuesday.", "2013-03-20", "Tuesday", "DATE",
     "2013-03-26"),
    ("Police say Sunday that the man fled.", "2013-03-20", "Sunday", "DATE", "2013-03-17"),
    # "the full year" after a quarter of last year, written in January, is that year
    ("The economy grew 2.3 percent in the fourth quarter of 2024. For the full year, it grew 2.8 percent.",
     "2025-01-31", "the full year", "DATE", "2024"),
    # "the year-ago quarter" is the story's quarter a year back, not the last one completed
    ("Profit rose in the first quarter. It was down in the year-ago quarter.", "2013-03-22", "the year-ago quarter",
     "DATE", "2012-Q1"),
    ("KB Home swung to a profit in its fiscal first quarter. It reported a loss in the same quarter last year.",
     "2013-03-22", "the same quarter last year", "DATE", "2012-Q1"),
    # a month traded for delivery lies ahead; "took over" is a phrasal verb, no "more than"
    ("Brent crude for May delivery fell 40 cents to $107.71 a barrel.", "2013-03-20", "May", "DATE", "2013-05"),
    ("Corn for May delivery rose 1.2%, while the December contract fell 3 cents.", "2013-03-20", "December", "DATE",
     "2013-12"),
    ("Its current chief executive took over two years ago and has cut costs.", "2013-03-21", "two years ago",
     "DATE", "2011"),
    ("The project took over two years to complete.", "2013-03-21", "over two years", "DURATION", "P2Y"),
    # not a meeting's minutes
    ("He expended his talking points in the opening minutes of the night.", "2016-09-29", "minutes", "DURATION",
     "PTXM"),
    # "the night" right before a day is that day's night
    ("Lawmakers worked late into the night Thursday on a new plan.", "2013-03-22", "the night", "TIME",
     "2013-03-21TNI"),
    ("Rescuers searched through the night Saturday.", "2013-03-22", "the night", "TIME", "2013-03-16TNI"),
    # a short sentence of names is no title-case headline: its present tense schedules
    ("The Super Bowl is Sunday in New Orleans.", "2025-02-04", "Sunday", "DATE", "2025-02-09"),
    ("Opening day is Monday.", "2025-02-04", "Monday", "DATE", "2025-02-10"),
    ("Kickoff is at 6:30 p.m. Sunday.", "2025-02-04", "6:30 p.m. Sunday", "TIME", "2025-02-09T18:30"),
    ("Senate Passes Budget Bill Tuesday", "2025-02-05", "Tuesday", "DATE", "2025-02-04"),
    # a future clause looks to a quarter's or a day's records; results reported later are of the nearer quarter
    ("The company expects second-quarter revenue of $975 million.", "2013-03-19", "second-quarter", "DATE",
     "2013-Q2"),
    ("Investors will focus on Thursday's jobless-claims report.", "2013-03-20", "Thursday", "DATE", "2013-03-21"),
    ("The company will report second-quarter results in July.", "2013-03-19", "second-quarter", "DATE", "2013-Q2"),
    ("The company will report fourth-quarter results on Wednesday.", "2013-03-19", "fourth-quarter", "DATE",
     "2012-Q4"),
    # both ends of a clock range take the day after it
    ("Voting will take place between 8am and 6pm on Saturday.", "2013-03-19", "8am", "TIME", "2013-03-23T08:00"),
    ("The office was open from 09:00 to 17:00 on Tuesday.", "2013-03-20", "17:00", "TIME", "2013-03-19T17:00"),
    ("The office was open from 09:00 to 17:00 on Tuesday.", "2013-03-20", "09:00", "TIME", "2013-03-19T09:00"),
    # the day a warning or forecast is for lies ahead, however told; so does a rearranged date
    ("The Met Office issued an amber warning for heavy snow in Wales for Friday and Saturday.", "2013-03-21",
     "Saturday", "DATE", "2013-03-23"),
    ("Forecasters have issued a yellow warning for ice for Saturday.", "2013-03-21", "Saturday", "DATE",
     "2013-03-23"),
    ("The Met Office has warned of gales on Sunday.", "2013-03-21", "Sunday", "DATE", "2013-03-24"),
    ("The match, which was postponed on Saturday, has been rearranged for Tuesday.", "2013-03-20", "Tuesday", "DATE",
     "2013-03-26"),
    ("The match, which was postponed on Saturday, has been rearranged for Tuesday.", "2013-03-20", "Saturday", "DATE",
     "2013-03-16"),
    # a clock time before a weekday's part of the day is on that day; "p.m." is no event noun
    ("Police were called at 9.30pm on Saturday night.", "2013-03-20", "9.30pm", "TIME", "2013-03-16T21:30"),
    ("The talks will resume at 3 p.m. on Monday afternoon.", "2013-03-20", "Monday afternoon", "TIME",
     "2013-03-25TAF"),
    ("The talks will resume at 3 p.m. on Monday afternoon.", "2013-03-20", "3 p.m.", "TIME", "2013-03-25T15:00"),
    # a present verb joined to a past one keeps its own tense (the parser takes "held" for a past verb)
    ("The summit, held every two years, opens Monday in Durban.", "2013-03-21", "Monday", "DATE", "2013-03-25"),
    ("Sanders has cast the Clintons as the establishment and holds a solid lead in Tuesday's primary.",
     "2016-02-08", "Tuesday", "DATE", "2016-02-09"),
    ("He was arrested on Friday and charged Monday.", "2013-03-21", "Monday", "DATE", "2013-03-18"),
    # a modal on a verb the tagger takes for a noun still looks ahead
    ("Not only can Ted Cruz win in November, he is the one with the best chance.", "2016-01-19", "November", "DATE",
     "2016-11"),
    # a looming event lies ahead, however the parser hangs its date; a win "despite" which is told is done
    ("But he was not hopeful about the looming showdown in July.", "2016-04-20", "July", "DATE", "2016-07"),
    ("Trump is lagging behind Clinton, despite winning the primary there in February.", "2016-08-26", "February",
     "DATE", "2016-02"),
]

# (sentence, substring that must not be inside any tagged expression)
NOT_TAGGED: list[tuple[str, str]] = [
    ("Early voting sites will be open daily, with shortened hours on Sundays.", "hours"),
    ("The fossil belongs to a previously unknown species of horned dinosaur.", "previously"),
    ("Shares jump after hours on strong results.", "hours"),
    ("About 70 percent of the network was equipped, up from less than a quarter three years ago.",
     "less than a quarter"),
    ("The singer was named entertainer of the year and new artist of the year.", "the year"),
    ("The city's overnight parking ban takes effect Dec. 1.", "overnight"),
    ("The district added two make-up days and three personal days.", "days"),
    ("The weather service issued winter storm warnings for the coast.", "winter"),
    ("Extended walk-in hours will continue through November.", "hours"),
    ("Traders compared the rout to Black Monday in 1987.", "Monday"),
    ("The chancellor cut winter fuel payments for most pensioners.", "winter"),
    ("Arizona has carried out several executions in recent years, most recently in October.", "recently"),
    ("Gambhir said the team would take one day at a time.", "one day"),
    ("A poll published by the Maariv daily on Tuesday found that 38 percent agreed.", "daily"),
    ("It was not immediately clear how soon he could be flown there.", "soon"),
    ("March 12, 2025 1:05 AM  3 min read", "3 min"),
    ("The first midweek round comes in mid-December.", "midweek"),
    ("It assembles a summary in the morning, and a second one in the evening.", "one in the evening"),
    ("The Fed will keep buying $85 billion in bonds a month.", "a month"),
    ("In 2024 6.5 percent of voters stayed home.", "6.5"),
    ("Its sales fell 1.2 percent in February, its fourth monthly decline since October.", "monthly"),
    ("Kallan returned at 8 a.m. and made birdies on the 11th and 16th holes.", "11th"),
    ("The recall covers the SUV from the 2010 through 2012 model years.", "20"),
    ("Workers will receive one week's pay for every year of service.", "every year"),
    ('"He has been on my team sheet since the day I arrived," Rinaldi said.', "the day"),
    ("Japan's Nikkei plunged 7.3 percent on Thursday, its biggest fall since the March 2011 earthquake.", "fall"),
    ("Copper posted its sharpest fall since 2008 on Monday.", "fall"),
    ("He missed a 12-foot birdie putt on the 18th green.", "18th"),
    ("The Giants lost 36-31 to Dallas. Quarterback Eli Manning threw three interceptions. Running back David Wilson "
     "fumbled twice in the first half and was benched.", "first half"),
    ("Profits have been this strong only rarely for a long time.", "a long time"),
    ('The western and the animated "Tuesday\'s Child" arrive in theaters.', "Tuesday"),
    ('The actor\'s memoir, "A Hundred Years of Mondays," is due out in the spring.', "Mondays"),
    ('The season finale of "Winter\'s Edge" drew 8.1 million viewers.', "Winter"),
    ("She'd come in on her days off when we were short.", "days"),
    ("The chain also owns the Forever Summer boutiques.", "Summer"),
    ("Agents scanned the crowd at the annual March for Life on Capitol Hill.", "March"),
    ("The recall covers 2007 and 2008 model-year Odysseys.", "2007"),
    ("Regulators asked Chrysler to recall 1993-2004 Jeep Grand Cherokees.", "1993"),
    ("He plans to drive his 1967 convertible in the rally.", "1967"),
    ("Automakers have been pushing 2013 models off dealer lots.", "2013"),
    ("Kopp's 1987 Chevrolet Cavalier was found in a parking lot.", "1987"),
    ("Theresa May contract talks began on time.", "May"),
    ("Obama will speak on Wednesday, 50 years to the day after the March on Washington.", "the day"),
    ('He earned his nickname from a 1954 single, "Midnight at the Dew Drop," which sold well.', "Midnight"),
    ("A bartender saw him outside the Midnight Lounge around 2 a.m.", "Midnight"),
    ("Prosecutors said he shot Amos in the early morning hours of Nov. 14, 2009.", "morning"),
    ("The company, formerly known as Research In Motion, has struggled.", "formerly"),
    ("The board meets quarterly and publishes its minutes monthly.", "minutes"),
    ("They bathed in a hot spring near the village.", "spring"),
    # rates of an amount of something, or after an aside converting the amount
    ("Iraq pumps about 3.2 million barrels of oil a day.", "a day"),
    ("Most households get about 12 hours of power a day.", "a day"),
    ("Winds reached 235 kilometers (146 miles) per hour.", "per hour"),
    ("Missiles struck in the predawn hours of March 20, 2003.", "hours"),
    ("He took an overnight flight to Cairo in June 2009.", "overnight"),
    ("He said a deal could cover fiscal years 2014 and 2015.", "years"),
    ("Building remains below the 1.5 million starts a year economists call healthy.", "a year"),
    ("Officials hope it will host several launches a year by 2015.", "a year"),
    ("About a quarter said rates would top 4 percent by December.", "quarter"),
    ("said the president of Amalgamated Transit Union Local 1555.", "1555"),
    ("The office had extended its hours for the visitors.", "hours"),
    # ages ("6 months and older") and a rate of an amount of a unit ("1 gram a day")
    ("Everyone 6 months and older should get a flu shot.", "6 months"),
    ("Children 2 years or older can get the spray.", "2 years"),
    ("Americans ate about 1 gram a day in 2012.", "a day"),
    ("The crowd vowed to continue the legacy of late leader Hugo Chavez.", "of late"),
    ("The company posted its first year-over-year revenue growth in four years.", "year-over-year"),
    ("The Fed released the minutes on Wednesday, a day early.", "minutes"),
    ("Schools have been closed six days, and two of those days will be made up in June.", "those days"),
    # rates after an amount the tokenizer split, or after the thing an amount is of
    ("Ministers hope to save £480m a year from the changes.", "a year"),
    ("It has bought $40 billion of mortgage debt a month since September.", "a month"),
    # a count of periods in a row, however the entity ends, like "the third straight month"
    ("Its on-time performance improved for the fourth month in a row.", "the fourth month in a row"),
    ("The survey marks the third week in a row that Trump led.", "the third week in a row"),
    # an age is no length of time
    ("Officials recommend a flu shot for everyone older than 6 months.", "6 months"),
    ("Children younger than 2 years should not take the drug.", "2 years"),
    ("The company saw 1200 people in 1450 cases.", "1450"),
    ("Tuscany reported 11.6 million overnight stays last year.", "overnight"),
    ("The army was losing the equivalent of a battalion a day.", "a day"),
    # a length in every period is a rate after an amount, untagged like "24 hours a day" in TimeBank
    ("She has slept three hours a night for a week.", "a night"),
    ("The bank has held its overnight rate at 1 percent since September 2010.", "overnight"),
    ("Workers who put in more than 40 hours a week must be paid more.", "a week"),
    ("This is all we thought about every day.", "about every day"),
    ("She has two this evening.", "two this evening"),
    ("The airline operates 11 flights a week between Miami and Buenos Aires.", "a week"),
    ("The state has averaged about 40 small-plane fatalities a year.", "a year"),
    ("The plant will be able to build 175,000 vehicles a year.", "a year"),
    ("The firm produces 2,000 cars a week.", "a week"),
    ("The pipeline carries 500,000 barrels a day.", "a day"),
    ("He runs in the morning.", "morning"),
    ("The war ended under UN resolution 1701.", "1701"),
    ("Construction rose 1.5 percent, its fifth straight monthly increase.", "monthly"),
    ("She received a lifetime achievement award.", "lifetime"),
    ("Analysts expect prices to fall towards $20.", "fall"),
    ("Buyers spent like there's no tomorrow.", "tomorrow"),
    ("Demand could dry up almost overnight.", "overnight"),
    ("Most borrowers are current on their payments.", "current"),
    ("Councils face cuts of more than a quarter in central government funding.", "quarter"),
    ("Minutes published tomorrow are expected to show a 6-3 vote.", "Minutes"),
    ("The OBR will publish forecasts alongside the Autumn Statement on December 5.", "Autumn"),
    ("Asteroid 2012 DA14 passed close to Earth.", "2012"),
    ("Workers will lose one day of pay every week.", "one day"),
    ("Prices were higher than in any previous year.", "year"),
    ("The Bulls led by 18 in the second quarter.", "quarter"),
    ("He led 40-30 in the first half.", "half"),
    ("He sat out the final minutes of the first half after picking up his third foul.", "half"),
    ("Investors worry about its future. The company has a bright future.", "future"),
    ("China won't abandon North Korea overnight.", "overnight"),
    ("Karzai has ruled since the fall of the Taliban in late 2001.", "fall"),
    ('Viewers saw the second half of "Breaking Bad" last summer.', "half"),
    ("Join us in our next half hour for more.", "next half"),
    ("Rates rose from 3 percent on Feb. 9 to 14 percent by Friday.", "14"),
    ("Babies 12 to 15 months of age should get the shot.", "months"),
    ("The 8 weeks old puppies were fine.", "weeks"),
    ("The actress June Tolliver starred in the film.", "June"),
    ('"The Winds of Winter" is due out next year.', "Winter"),
    ("The Fed released its statement. Minutes of Wednesday's meeting will be released in three weeks.", "Minutes"),
    ("The Fed will release minutes from the meeting.", "minutes"),
    ("Three quarters of the vote went to him.", "quarters"),
    ("They met at 3 p.m. Central Park was closed.", "3 p.m. Central"),
    ("During the holy month, Muslims fast from dawn to dusk.", "month"),
    ("Shops were busy during the festive month.", "month"),
    ("The Easter Rising of 1916 is remembered in Dublin.", "Easter"),
    ("The Christmas market opened in the square.", "Christmas"),
    ("She anchored the 6 o'clock news for two decades.", "o'clock"),
    ("He is survived by his daughters, April and May, and a son, August.", "April"),
    ("He is survived by his daughters, April and May, and a son, August.", "May"),
    ("His wife of 61 years, June, died in 2018.", "June"),
    ("Ukraine's economy has shrunk by a quarter.", "quarter"),
    ("Output is down a quarter from its peak.", "quarter"),
    ("The crowd numbered about 1850.", "1850"),
    ("The game will move to the network's Saturday lineup.", "Saturday"),
    ("Investors debated whether the Fed cuts by a quarter or half point at its meeting.", "quarter"),
    ("The queen died at Balmoral, her summer residence in Scotland.", "summer"),
    ("Crews fought 300 B.C. wildfires on Sunday.", "300 B.C."),
    ("A 7-Eleven on March Avenue was robbed overnight.", "March"),
    ("The Sunday River ski area will open early.", "Sunday"),
    ("The New Year Cafe closed for good.", "New Year"),
    ("Calling hours will be Thursday from 5 to 8 p.m.", "hours"),
    ("Hours are 10 a.m. to 4 p.m. Saturday.", "Hours"),
    ("Microsoft ships its fixes on Patch Tuesday.", "Tuesday"),
    ("The Spring Festival travel rush began on Tuesday.", "Spring"),
    ("Midnight Mass will be celebrated on Christmas Eve.", "Midnight"),
    ("Pay another quarter out of current income.", "another quarter"),
    ("The Kia Model 3 CE was unveiled.", "3 CE"),
    ("The death toll rose to around 2000.", "2000"),
    ("Just minutes before House Bill 1523 was to take effect, a judge ruled.", "1523"),
    ("The HB 1523 lawsuit was filed in Jackson.", "1523"),
    ("Flight 1549 landed in the Hudson.", "1549"),
    ("Add a clip from Back to the Future.", "Future"),
    ("The senator drew criticism from some other quarters as well.", "quarters"),
    ("He urged voters to carry the day.", "day"),
    ("You can't do that overnight.", "overnight"),
    ("I remember every second of it.", "second"),
    ("He said that Monday was the worst day of the campaign.", "worst day"),
    ("For the second night in a row, supporters gathered.", "night"),
    ("She was navigating a first hour dedicated to foreign policy.", "hour"),
    ("13 Hours will cover the Benghazi crisis.", "Hours"),
    ("As a summer associate at a law firm, Lynch worked hard.", "summer"),
    ("They retaliated against Christmas trees rather than car engines.", "Christmas"),
    ("It was the San Bernardino Christmas party shooting.", "Christmas"),
    ("It is the largest newspaper in Israel, a free daily.", "daily"),
    ("He will rise or fall politically as himself.", "fall"),
    ("He attended lobbyist happy hours.", "hours"),
    ("Now, compare that with how many votes Romney got.", "Now"),
    ("For many, the Clinton years remain the good old days.", "days"),
    ("The cut decreased by between a quarter and a third.", "quarter"),
    ("After this fall in prices, all the indicators slipped.", "fall"),
    ("He owned a Century speedboat.", "Century"),
    ("He thinks many back Trump more as an excuse.", "back"),
    ("The firm had expanded into larger quarters.", "quarters"),
    ("They run top jobs at 21st Century Fox.", "Century"),
    ("There was a single bed, an armoire and a night table.", "night"),
    ("It was one of several weekend rallies.", "weekend"),
    ("Her daughter, a third-year chemistry student, spoke.", "third-year"),
    ("He leads the Coalition to Stop Trump and March on the RNC.", "March"),
    ("Ties come from the day in and day out working of the halls.", "day"),
    ("SAVE A QUARTER. This step is harder.", "QUARTER"),
    ("They gave $15 million to For Our Future, a super PAC.", "Future"),
    ("It shows how swift this current of self-destruction is.", "current"),
    ("Their skills are losing value in today's world.", "today"),
    ("Many of today's personal computers use the chip.", "today"),
    ("It sold around 2002 units last year.", "2002"),
    ("A 43-year-old man was arrested at the scene.", "43-year-old"),
    ("The 25-year-old striker scored twice.", "25-year"),
    ("Smith, 55, has led the firm since its founding.", "55"),
    ("The firm employs 2000 people in three countries.", "2000"),
    ("The museum holds 1500 paintings.", "1500"),
    ("About 1918 people marched in Paris on Monday, police said.", "1918"),
    ("Mr. May said the plan would fail.", "May"),
    ("Leaves fall from the trees as the weather cools.", "fall"),
    ("He asked the court to spring him from jail.", "spring"),

    ("The World War II veteran spoke at the ceremony.", "II"),
    ("The company ranked first in sales.", "first"),
    ("The bill passed by a vote of 60 to 40.", "60"),
    ("Route 66 runs through the town.", "66"),
    ("He wore jersey number 23.", "23"),
    ("The team led for the first half of the game.", "half"),
    ("The car was traveling at 90 miles an hour.", "an hour"),
    ("The Times reported the story.", "Times"),
    ("She took second place in the 400 meters.", "second"),
    # rates of an amount: the unit divides money or a number (TimeBank tags no SET there)
    ("The plant costs $5 million a year to run.", "a year"),
    ("The job pays $50,000 per year.", "per year"),
    ("He earns $20 an hour.", "an hour"),
    # programme titles in quotes
    ("Carson said on ABC's \"This Week\" that he would run.", "This Week"),
    ("She told CBS's “This Morning” that it was over.", "Morning"),
    ("Sanders won six of the past seven contests.", "past"),
    ("The past two winners were senators.", "past"),
    ("Respondents aged 18 to 25 years old backed him.", "years"),
    ("At the moment Christie learned of it, he left the room.", "moment"),
    ("Gonzalez said on CBS's ''60 Minutes.'' He was angry.", "Minutes"),
    ("The poster showed Gary Cooper in ``High Noon.''", "Noon"),
    ("Police arrested him in the early hours of Thursday morning.", "hours"),
    ("Wages stagnated during that period, the study found.", "period"),
    ("About three-quarters support a temporary ban.", "quarters"),
    # a meeting's minutes, Sunday school, the fall of a town, a clock's quarter, visiting hours, a head count passed
    ("The plane took off at a quarter past seven.", "quarter"),
    ("The Chiefs trailed in the fourth quarter before Mahomes led a late drive.", "quarter"),
    ("The winger told the Mail on Sunday that he wanted to leave.", "Sunday"),
    ("He holds the world record in the 1500 meters.", "1500"),
    ("Theresa May was the strongest leader on record.", "May"),
    ("May is the best candidate, he said.", "May"),
    ("Visiting hours are 2 to 4 p.m. daily.", "hours"),
    ("After the fall of Avdiivka, troops regrouped.", "fall"),
    ("Minutes released on Wednesday will show how the committee voted.", "Minutes"),
    ("The dollar rose after minutes of the central bank's March meeting suggested rates would hold.", "minutes"),
    ("She taught Sunday school for 40 years.", "Sunday"),
    ("Organizers say turnout may top 2000.", "2000"),
    # set phrases whose time words tell no time
    ("At the end of the day, voters want jobs.", "day"),
    ("He voted for Edwards back in the day.", "day"),
    ("Rubio was the flavor of the week.", "week"),
    # time words inside names
    ("She told USA Today the plan was dead.", "Today"),
    ("The ship anchored off Easter Island in a storm.", "Easter"),
    ("The channel is the American arm of Russia Today, he said.", "Today"),
    ("The story was first reported by The Daily Beast.", "Daily"),
    ("He appeared on CBS This Morning to defend the plan.", "Morning"),
    ("The movie 13 Hours by director Michael Bay opens soon.", "Hours"),
    ("A poll of 2047 registered voters found him ahead.", "2047"),
    ("He decided at the last minute to drop out.", "minute"),
    ("The central bank cut its rate by a quarter point.", "quarter"),
    ("Three quarters of the Senate backed the bill.", "quarters"),
    ("Shares fell in after-hours trading.", "hours"),
    ("A winter weather advisory takes effect at 7 p.m.", "winter"),
    ("France last hosted the Summer Games in 1924.", "Summer"),
    # periods of play (dateparser alone would read "the 89th minute" as 89 minutes before now)
    ("In the 89th minute, the striker scored the winner.", "minute"),
    ("He scored 30 points in the fourth quarter.", "quarter"),
    ("It was one of the wettest years in the state's history.", "years"),
    ("It was a once-in-1,000-year flood.", "year"),
    ("The 80th anniversary of D-Day was marked in June.", "D-Day"),
    ("They were fighting there as recently as March 5.", "recently"),
    ("He spoke about Jan. 6 at length.", "about"),
    ("Winds reached 120 miles per hour.", "hour"),
    ("Rooms cost $300 a night.", "night"),
    ("He told NBC's Today show that he was fine.", "Today"),
    ("Future 45, a super PAC, spent $20 million on ads.", "Future"),
    ("She toured the future Trump International Hotel.", "future"),
    ("Eisenhower and his future secretary of State met in 1952.", "future"),
    ("He was at the March on Washington in 1963.", "March"),
    ("In his younger days he boxed.", "days"),
    ("Contributing: Brittney Bennett and Greg Toppo, USA TODAY.", "TODAY"),
    ("The map shows where each may thrive.", "may"),
    ("Valls told the Paris daily Libération.", "daily"),
    ("Every day he speaks is a good day for the country.", "a good day"),
    ("It was a bad week for the president.", "bad week"),
    ("The state has gone blue in presidential election years.", "years"),
    ("It was a tragedy in the Year of the Woman.", "Year"),
    ("But it's not going to happen overnight.", "overnight"),
    ("In her college years she rowed for Yale.", "years"),
    ("She is on the 3rd Congressional District delegate slate.", "3rd"),
    ("The mainstream is saying wait a minute, the system is broken.", "minute"),
    # house numbers (but "In 2008 Wall Street collapsed" keeps its year, a row of FORMS)
    ("Protesters gathered outside 1600 Pennsylvania Avenue.", "1600"),
    ("The firm moved to 1200 K St. in Washington.", "1200"),
    # rates of an amount, a show's title, a fraction, a kind of day
    ("The company saves $46 million annually.", "annually"),
    ("The jet costs thousands of dollars an hour to fly.", "an hour"),
    ('Christie said on ABC\'s "This Week with George Stephanopoulos."', "This Week"),
    ("Just over a quarter, 26 percent, say they will vote for him.", "quarter"),
    ("Just another day in the campaign.", "another day"),
    ("Today is a day for celebration.", "a day"),
    ('He spoke on WTMJ\'s "Midday with Charlie Sykes," while discussing a tweet.', "Midday"),
    ("Men in their 60s and 70s vote.", "70s"),
    ("For most Democrats today, the Clinton years remain the good old days.", "years"),
    ("They want a peaceful protest every once in a while.", "while"),
    ("Trump tweeted about the Super Bowl during the first half.", "first half"),
    ("His lead could be tenuous and fall apart in the actual voting.", "fall"),
    ("It is a lot less than the $20 or more an hour the workers earn.", "an hour"),
    ("Temporary workers earn 163 pesos a day, or $9.", "a day"),
    ("Critics of zero-hour contracts marched.", "zero-hour"),
    ("She is a vice president at the March of Dimes.", "March"),
    ("The groups include Easter Seals and the ACLU.", "Easter"),
    ("It was posted on a website called Real News Right Now and shared.", "Right Now"),
    ("We lose 33,000 people a year to gun violence.", "a year"),
    ("I don't believe for a minute that he will win.", "a minute"),
    ("PolitiFact chose it as the Lie of the Year.", "the Year"),
    ("The fee is $213 per adult per year.", "per year"),
    ("Hackers used a zero-day flaw in the software.", "zero-day"),
    ("Support for the bill came from every quarter.", "every quarter"),
    ("Skateboarders who stay after hours get fined.", "hours"),
    ("It was virtually doubling HP's size and stature overnight.", "overnight"),
    ("She transformed from Queen Nancy to Bag Lady overnight.", "overnight"),
    ("Trump enters his eighth decade.", "decade"),
    ("It sends the survey to more than 3 million households a year.", "year"),
    ("He held the meetings at odd hours.", "hours"),
    ("At least 38 babies between one week and three months old were killed.", "week"),
    ("Sanders' $75billion a year plan is big.", "year"),
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


# the TIMEX3 mod of forms whose modifier is the point: approximations, parts of a period
MODS_AT: list[tuple[str, str, str, str | None]] = [
    ("The store will reopen around Christmas.", "2013-03-29", "around Christmas", "APPROX"),
    ("Shares rose early in the month, before the ruling.", "2013-02-20", "early in the month", "START"),
    ("The process can take not less than two years.", "2025-03-14", "not less than two years", "EQUAL_OR_MORE"),
    ("Helene has weakened since making landfall late last night.", "2024-09-27", "late last night", "END"),
    # "up 12 percent over a year ago" compares; it sets no bound
    ("Attendance was up 12 percent over a year ago.", "2013-04-09", "a year ago", None),
    # "more than the" compares an amount with a noun the length modifies: no mod of the length
    ("Stocks fell 94 bcf, more than the five-year average draw of 59 bcf.", "2013-03-29", "five-year", None),
    ("The Senate was expected to vote late Friday or early Saturday.", "2013-03-21", "early Saturday", "START"),
    ("Crime fell by the end of the 1990s.", "2013-03-20", "the end of the 1990s", "END"),
    ("The plant opened in the first half of the nineties.", "2013-03-20", "the first half of the nineties", "START"),
    ("IAEA inspectors visit the plant about once a month.", "2013-04-10", "about once a month", "APPROX"),
    ("She has released a new album roughly every three years since.", "2013-05-16", "roughly every three years",
     "APPROX"),
    ("The accident happened at about six-fifteen a.m. near the station.", "1998-03-11", "about six-fifteen a.m.",
     "APPROX"),
    ("The firm expects to close the fund by midsummer.", "1998-04-16", "midsummer", "MID"),
    ("The company would break even in Europe by mid-decade.", "2013-05-01", "mid-decade", "MID"),
    ("The agency has twice won delays, most recently in early October.", "1998-10-21", "early October", "START"),
    ("The talks lasted nearly two weeks.", "2013-03-20", "nearly two weeks", "LESS_THAN"),
    ("They fire every night around midnight, then they go quiet.", "1991-02-22", "around midnight", "APPROX"),
    ("Many predicted that the slump would end by midyear.", "1991-02-22", "midyear", "MID"),
    ("Delays of as much as 80 minutes were reported.", "2013-04-17", "as much as 80 minutes", "EQUAL_OR_LESS"),
    ("A nearly week-long manhunt ended early Saturday.", "2013-06-08", "nearly week-long", "LESS_THAN"),
    ("A recovery should begin in the latter part of the year.", "2013-05-02", "the latter part of the year", "END"),
]


@pytest.mark.parametrize("sentence, published, text, mod", MODS_AT)
def test_mods(nlp, sentence, published, text, mod):
    df = _dates(nlp, sentence, published)
    got = {r["text"]: r["mod"] if isinstance(r["mod"], str) else None for r in df.to_dict("records")}
    assert text in got, got
    assert got[text] == mod, got


@pytest.mark.parametrize("sentence, published, text, type_, value", FORMS_AT)
def test_forms_other_anchor(nlp, sentence, published, text, type_, value):
    _check(nlp, sentence, published, text, type_, value)


@pytest.mark.parametrize("sentence, absent", NOT_TAGGED)
def test_not_tagged(nlp, sentence, absent):
    texts = _dates(nlp, sentence, PUB)["text"].tolist()
    assert not any(absent in t for t in texts), texts


def test_new_forms_reanchor(nlp):
    """Forms without a year keep an anchor-free form: resolve_dates moves them with the anchor."""
    text = "The plant will reopen on the 28th. Payment is due the last day of the month, the week of April 8."
    df = newsclaims.extract(text, published=None, nlp=nlp).dates
    assert set(df["value"]) == {"XXXX-XX-28", "XXXX-XX-XX"}
    a = {r["text"]: r["value"] for r in newsclaims.resolve_dates(df, "2013-03-20").to_dict("records")}
    b = {r["text"]: r["value"] for r in newsclaims.resolve_dates(df, "2013-05-02").to_dict("records")}
    assert a == {"the 28th": "2013-03-28", "the last day of the month": "2013-03-31", "the week of April 8": "2013-W15"}
    assert b == {"the 28th": "2013-05-28", "the last day of the month": "2013-05-31", "the week of April 8": "2013-W15"}


def test_year_context_moves_with_the_anchor_only_when_relative(nlp):
    """"Eight years ago, ... in February" keeps the month's year as years from the anchor;
    after "In 2008, ..." the year is fixed."""
    df = newsclaims.extract("Eight years ago, Obama won 11 contests in February. In 2008, he won again in March.",
                            published="2016-06-13", nlp=nlp).dates
    later = {r["text"]: r["value"] for r in newsclaims.resolve_dates(df, "2020-06-13").to_dict("records")}
    assert later == {"Eight years ago": "2012", "February": "2012-02", "2008": "2008", "March": "2008-03"}


def test_quoted_deixis_reanchors_with_the_saying(nlp):
    """A quoted "tonight" counts from the day of the saying, and moves with it when re-anchored."""
    df = newsclaims.extract('Paul said on CNN Thursday: "There is only one debate tonight."',
                            published="2016-01-15", nlp=nlp).dates
    later = {r["text"]: r["value"] for r in newsclaims.resolve_dates(df, "2016-01-22").to_dict("records")}
    assert later == {"Thursday": "2016-01-21", "tonight": "2016-01-21TNI"}


def test_forms_do_not_need_spacy_entities():
    """The grammar alone finds every form of the table: spaCy's DATE/TIME entities (which the
    small model misses in unfamiliar contexts) are only a fallback for what it has no rule for."""
    nlp = newsclaims.load({"components.newsclaims_dates.use_ents": False})
    wrong = []
    for sentence, text, type_, value in FORMS[::7]:
        df = _dates(nlp, sentence, PUB)
        got = {r["text"]: (r["type"], r["value"]) for r in df.to_dict("records")}
        if got.get(text) != (type_, value):
            wrong.append((sentence, got))
    assert not wrong, wrong
