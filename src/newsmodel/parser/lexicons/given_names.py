"""
Given names: a capitalised pair that starts with one is taken for a person's name.

Common given names of the English-speaking world (from the US Social Security
Administration's and the UK Office for National Statistics' lists of popular names) and
of the names most often in international news (Arabic, Persian, Turkish, South Asian,
Chinese, Japanese, Korean, Russian and other Slavic, Spanish, Portuguese, French,
German, Italian, Dutch and Scandinavian). Written as one string, split once at import.
"""

from __future__ import annotations

_NAMES = """
Aaron Abby Abigail Adam Adrian Aidan Al Alan Albert Alec Alex Alexander Alexandra Alexis
Alfred Alice Alicia Alison Allan Allen Allison Alma Amanda Amber Amelia Amy Andre Andrea
Andrew Andy Angela Angie Anita Ann Anna Anne Annie Anthony Antonio April Arnold Arthur
Ashley Audrey Austin Barbara Barry Beatrice Becky Ben Benjamin Bernard Bernie Beth Betsy
Betty Beverly Bill Billy Blake Bob Bobby Bonnie Brad Bradley Brandon Brenda Brendan Brett
Brian Bridget Brittany Brooke Bruce Bryan Bud Caitlin Calvin Cameron Carl Carla Carly
Carmen Carol Caroline Carolyn Carrie Casey Catherine Cathy Charles Charlie Charlotte Chelsea
Cheryl Chris Christian Christina Christine Christopher Chuck Cindy Claire Clara Clarence
Claudia Clay Clint Clive Cody Colin Connie Connor Corey Courtney Craig Cynthia Dale Dan Dana
Daniel Danielle Danny Darren Dave David Dawn Dean Debbie Deborah Debra Denis Dennis Derek
Diana Diane Dick Dominic Don Donald Donna Doris Dorothy Doug Douglas Duncan Dustin Dylan Ed
Eddie Edgar Edith Edward Edwin Eileen Elaine Eleanor Elijah Elizabeth Ella Ellen Elliot Emily
Emma Eric Erica Erin Ernest Ethan Eugene Eva Evan Evelyn Frank Fiona Frances Francis Fred
Frederick Gail Gary Gavin Gene Geoff Geoffrey George Gerald Gerry Gina Glen Glenn Gloria
Gordon Grace Graham Greg Gregory Gwen Hannah Harold Harriet Harry Harvey Heather Heidi Helen
Henry Herbert Holly Howard Hugh Hunter Ian Isaac Isabel Jack Jackie Jacob Jake James Jamie Jan
Jane Janet Janice Jared Jason Jay Jean Jeanne Jeb Jeff Jeffrey Jennifer Jenny Jeremy Jerry
Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joanne Jodi Joe Joel John Johnny Jon Jonathan
Jordan Joseph Josh Joshua Joy Joyce Judith Judy Julia Julian Julie Justin Karen Kate
Katherine Kathleen Kathryn Kathy Katie Kay Keith Kelly Ken Kenneth Kerry Kevin Kim Kimberly
Kirk Kristen Kurt Kyle Larry Laura Lauren Lawrence Leah Lee Leo Leonard Leslie Lewis Liam
Lily Linda Lindsay Lindsey Lisa Liz Lloyd Logan Lois Lori Louis Louise Lucas Lucy Luke Lynn
Madeleine Maggie Malcolm Marc Marcia Margaret Maria Marie Marilyn Mario Marion Mark Marsha
Martha Martin Marty Mary Matt Matthew Maureen Max Megan Melanie Melissa Michael Michele
Michelle Mike Mitch Mitchell Molly Monica Morgan Nancy Natalie Nathan Neil Nicholas Nick
Nicola Nicole Nigel Nina Noah Norman Oliver Olivia Oscar Owen Paige Pamela Pat Patricia
Patrick Patty Paul Paula Pauline Peggy Penny Pete Peter Phil Philip Phillip Phyllis Rachel
Ralph Randy Ray Raymond Rebecca Reggie Rex Rhonda Richard Rick Ricky Rob Robert Robin Rod
Rodney Roger Ron Ronald Rosa Rose Ross Roy Ruby Russell Ruth Ryan Sally Sam Samantha Samuel
Sandra Sara Sarah Scott Sean Seth Shannon Sharon Shaun Sheila Shirley Sidney Simon Sophie
Stacy Stan Stanley Stephanie Stephen Steve Steven Stewart Stuart Sue Susan Suzanne Sylvia
Tammy Tanya Ted Teresa Terry Theodore Theresa Thomas Tim Timothy Tina Todd Tom Tommy Toni
Tony Tracy Travis Trey Troy Tyler Val Valerie Vanessa Vernon Veronica Vicky Victor Victoria
Vince Vincent Virginia Wade Walter Wanda Warren Wayne Wendy Wesley Will William Willie
Winston Zach Zachary Hillary Barack Mitt Newt Rand Marco Lindsey Bernie Elizabeth Nikki
Abdel Abdul Abdullah Abu Ahmad Ahmed Ali Amin Amir Anwar Ashraf Ayman Bashar Ebrahim Fadi
Faisal Farid Farouk Fatima Fawzi Hamad Hamid Hani Haider Hassan Hisham Hosni Hussein Ibrahim
Imran Ismail Jalal Jamal Javad Karim Khaled Khalid Layla Mahmoud Majid Mansour Marwan Masoud
Mehdi Mohamed Mohammad Mohammed Muhammad Mustafa Nabil Najah Nasser Nouri Omar Osama Qasem
Qassem Rafiq Rashid Saad Saddam Saeed Said Salah Salem Salman Sami Samir Tariq Walid Yasser
Yousef Youssef Yusuf Zaid Zainab Ziad Recep Ahmet Mehmet Mustafa Erdogan Benjamin Naftali
Yair Shimon Ehud Ariel Yitzhak Moshe Avigdor Narendra Rahul Sonia Manmohan Amit Arvind Imran
Nawaz Benazir Pervez Shehbaz Asif Xi Li Wang Zhang Liu Chen Hu Wen Jiang Deng Mao Shinzo
Yoshihide Fumio Junichiro Moon Kim Park Lee Yoon Vladimir Sergei Sergey Dmitry Dmitri Mikhail
Alexei Alexey Boris Viktor Igor Yuri Oleg Nikolai Andrei Ivan Pavel Anatoly Gennady Yevgeny
Volodymyr Petro Leonid Yulia Arseniy Vitali Viktoriya Andrzej Lech Donald Jaroslaw Vaclav
Milos Slobodan Zoran Jose Juan Carlos Luis Jorge Miguel Pedro Manuel Antonio Francisco Javier
Alejandro Fernando Ricardo Rafael Raul Diego Pablo Sergio Alberto Enrique Felipe Gustavo
Hugo Nicolas Evo Cristina Dilma Luiz Jair Michel Emmanuel Francois Jacques Pierre Marine
Nicolas Dominique Laurent Thierry Alain Philippe Jean-Claude Jean-Marie Segolene Angela
Gerhard Helmut Olaf Wolfgang Hans Klaus Jurgen Frank-Walter Horst Sigmar Ursula Annegret
Markus Silvio Matteo Giuseppe Giorgio Mario Romano Enrico Beppe Sergio Paolo Giovanni Luca
Mark Geert Jens Anders Stefan Lars Erna Sanna Jacinda Scott Malcolm Kevin Julia Tony Justin
Stephen Pierre Theresa Boris Keir Rishi Liz Gordon Nicola Alex Jeremy Nigel Vince Ed Nick
"""

#: Every given name of the lexicon.
GIVEN_NAMES: frozenset[str] = frozenset(_NAMES.split())

#: Given names that are also names of countries, states or cities, so that a name finder
#: must not read them as a place modifier before a surname: "Georgia Kariuki" is a person,
#: "Georgia Gov. Brian Kemp" a governor of Georgia.  From the same lists of popular names.
PLACE_GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "Adelaide", "Austin", "Carolina", "Chelsea", "Dakota", "Florence", "Georgia",
        "Jordan", "Paris", "Savannah", "Sofia", "Sydney", "Victoria", "Virginia",
    }
)  # fmt: skip
