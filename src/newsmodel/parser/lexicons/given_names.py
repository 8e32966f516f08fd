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

#: More given names: the rest of the US and UK lists' first few hundred, names of other
#: languages as English writes them (German, French, Italian, Spanish and Portuguese,
#: Dutch, Scandinavian, Slavic, Greek, Arabic and Persian, South and East Asian, African)
#: and the names of earlier centuries that biographies and history name.
_MORE_NAMES = """
Abraham Ada Adele Adolf Adolph Agnes Aidan Alastair Alban Alberto Albrecht Aldo
Aleksandr Alessandro Alexandre Alfonso Alfredo Alois Alonso Alvaro Amadeus Amalia
Ambrose Amelie Amos Anastasia Andreas Andrés Angelo Anja Annika Anselm Antoine Anton
Antonia Antony Archibald Arjun Arnaud Arne Arnulf Arturo Ashton Astrid August Augusta
Augustin Augustus Aurelio Axel Ayesha Balthasar Baptiste Bartholomew Basil Beatrix
Benedict Benedikt Bengt Benito Bernadette Bernardo Bernhard Bertha Bertrand Bianca Bjorn
Björn Blaise Bogdan Bohdan Bolesław Bonnie Bram Brigitte Bronisław Bruno Caleb Camille
Carlo Carlotta Casimir Caspar Catalina Cecil Cecilia Cédric Celeste Cesare César Chiara
Christa Christiaan Christoph Christophe Cillian Clarissa Claude Claudio Claus Clayton
Clemens Clement Clementine Conrad Constance Constantin Constantine Cora Cornelia
Cornelius Cosimo Cristiano Cyril Cyrus Dagmar Damian Daniela Daniele Dante Daphne Darius
Dario Deepak Delia Denise Desmond Detlef Devin Dieter Dietrich Dmitrij Dolores Domenico
Dominik Dorothea Drew Duarte Dusan Edmond Edmund Eduard Eduardo Edvard Efraim Egon Elena
Eleonora Elia Elias Elif Elinor Eliza Elke Ellis Elmer Eloise Elsa Else Elsie Emil Emile
Émile Emilia Emilio Emmeline Enzo Ephraim Erasmus Erich Erik Ernesto Ernst Esther
Étienne Ettore Eugen Eugenia Evangeline Ezra Fabian Fabio Fabrizio Federico Felix
Ferdinand Fidel Filip Filippo Finn Fleur Flora Francesca Francesco François Franz
Françoise Frédéric Frederic Frida Friedrich Fritz Gabriel Gabriela Gabriele Gabrielle
Gaspard Gaston Geraldine Gérard Gerhardt Gerrit Gertrude Giacomo Gianni Gilbert Gilles
Gino Giulia Giulio Gonzalo Gottfried Gottlieb Greta Gretchen Guido Guillaume Günter
Günther Gunnar Gustaf Gustav Gustave Hakon Hamish Hannes Hannelore Hans-Peter Harald
Harriet Hartmut Hector Hedwig Heinrich Heinz Helena Helga Henri Henrik Henrietta Herman
Hermann Hilda Hildegard Horace Horatio Hubert Humphrey Iain Ida Ignacio Ignatius Ilse
Immanuel Inga Inge Ingrid Irene Iris Isaiah Isidore Ivana Ivo Jacob Jacopo Jakob
Jan-Erik Jasper Jean-Baptiste Jean-Louis Jean-Luc Jean-Paul Jean-Pierre Jeanette
Jens-Peter Jeroen Jiri Jiří Joachim Joaquín Joaquin Johan Johann Johanna Johannes Jonas
Jörg Josef Josefina Josephine Joost Jorge Josué Jules Julien Julio Juliette Julius
Jürgen Justus Karel Karin Karl Karla Karol Kasper Katarina Katharina Kazimierz Kees
Kerstin Kjell Klara Konrad Konstantin Kristian Kristina Krzysztof Lajos Lambert
Lars-Erik Laszlo László Leandro Leif Lena Leon Leonardo Leopold Léon Leticia Lina Linus
Lionel Lise Lorenzo Lothar Lotte Luc Lucia Luciano Lucien Ludovico Ludwig Luigi Luisa
Lukas Luz Magnus Manfred Marcel Marcello Marcelo Marco Marcus Margarethe Margit Margot
Mariana Marianne Marina Marius Marta Marthe Massimo Mathias Mathilde Matilda Matthias
Maurice Mauricio Maurizio Maximilian Melchior Melvin Meryl Miguel Mikael Mila Milan
Milena Miley Milton Miriam Misha Mohandas Moritz Nadia Nadine Natalia Nathaniel Nelson
Niccolò Niels Nikita Niklas Nikolaus Nils Noam Noel Noémie Norbert Octavia Octavio Odile
Olga Orson Oskar Ottavio Otto Pascal Pasquale Percy Philipp Pietro Piotr Quentin Rainer
Ramón Ramon Raphael Regina Reinhard Reinhold Rembrandt Remy Renata Renate René Renée
Reza Ricardo Rita Roberto Rodolfo Rodrigo Roland Rolf Romain Rosalind Rudolf Rudolph
Rupert Ruslan Sabine Salvador Salvatore Samuel Sandro Sebastian Sebastián Sébastien
Selma Serena Siegfried Sigmund Sigrid Silvia Simone Sixten Søren Stanisław Stefano
Stella Sven Svetlana Tadeusz Tatiana Teodor Thaddeus Theo Theodor Théodore Thibault
Tobias Tomás Tomasz Torsten Ulrich Ulrike Umberto Uwe Valentin Valentina Valeria Vasily
Veit Vera Vincenzo Viola Vitus Vittorio Vladislav Walther Werner Wilhelm Wilhelmina Wim
Witold Wojciech Xavier Yannick Yves Zbigniew Zdeněk Zofia Zygmunt Alastair Aubrey
Beatrice Bertram Byron Cedric Clifford Cuthbert Dorian Edgar Edmund Elmer Eustace
Everett Felicity Frederica Gideon Godfrey Gwendolyn Harold Horace Hugo Ignatius Imogen
Isadora Jeremiah Lionel Lorraine Mabel Millicent Mortimer Murray Nathaniel Neville
Percival Phineas Reginald Roderick Rosalind Rowena Rufus Silas Solomon Thaddeus Tobias
Ulysses Wilbur Wilfred Winifred Zachariah Alisha Amari Aaliyah Akeem Alexa Alyssa Andre
Ashanti Brianna Brittney Camila Chloe Damon Darnell Deandre Deshawn Destiny Dwayne Ebony
Elisha Emmett Garrett Jada Jalen Jamal Jasmine Jaylen Jermaine Jordyn Kayla Kendrick
Keisha Lakisha Latoya Malik Maya Mckenzie Naomi Nia Quentin Reginald Shanice Shaquille
Tamika Terrell Tyrone Xavier Zion Aditya Anil Anand Arash Ashok Deepa Dev Farhad Farzana
Ganesh Gita Indira Jawaharlal Kamala Karan Krishna Lakshmi Mahatma Mahmood Meera Mohan
Nadir Neha Nikhil Parvez Pooja Prakash Priya Rajesh Rajiv Ramesh Ravi Sanjay Sunil
Suresh Vijay Vikram Yasmin Ahmadou Amadou Chinua Kofi Kwame Mamadou Moussa Nnamdi
Ousmane Thabo Wole Yaw Chen Hiroshi Kenji Akira Haruki Takeshi Yuki Yoko Naoko Hiroko
Keiko Kazuo Masao Shigeru Tadashi Takashi Yukio Jiang Ming Wei Xiaoping Yang Zhou Hyun
Jae Ji Sung Thanh Nguyen Aung
"""

#: Every given name of the lexicon.
GIVEN_NAMES: frozenset[str] = frozenset(_NAMES.split()) | frozenset(_MORE_NAMES.split())

#: Given names that are also names of countries, states or cities, so that a name finder
#: must not read them as a place modifier before a surname: "Georgia Kariuki" is a person,
#: "Georgia Gov. Brian Kemp" a governor of Georgia.  From the same lists of popular names.
PLACE_GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "Adelaide", "Austin", "Carolina", "Chelsea", "Dakota", "Dallas", "Florence", "Georgia",
        "Jordan", "Paris", "Savannah", "Sofia", "Sydney", "Victoria", "Virginia",
    }
)  # fmt: skip
