/**
 * Common given names across the languages most frequent in international news (English, Spanish,
 * Portuguese, French, German, Italian, Dutch, Nordic, Slavic, Arabic, Turkish, Persian, South and East
 * Asian, African). A capitalised word from this list followed by another capitalised word is strong
 * evidence of a person's name ("Nicolás Maduro", "Phil Simmons"). Space-separated for compactness;
 * matched case-insensitively and accent-insensitively.
 */
export const GIVEN_NAMES: string = `
aaron abby abdel abdul abdullah abdullahi abel abraham achim ada adam adel adolfo adrian adriana adrien ahmad
ahmed aida aidan ailsa akbar akira akhmad alain alan alastair albert alberto aleksandr aleksander aleksandra
aleksei alessandro alex alexander alexandra alexandre alexei alexis alfonso alfred alfredo ali alice alicia
alina alison alistair allan allen alvaro amanda amar amber amelia amin amir amos amy ana anatoly anders andre
andrea andreas andrei andres andrew andrey andrzej andy angel angela angelo angus anil anita ann anna anne
annette anthony anton antonio anwar aoife arjun arkady arnaud arnold arthur arturo asad ashley ashraf ashok
aung avi axel ayman aziz barack barbara barry bart bashar basil beata beatrice ben benedict benjamin benny
bernard bernd bernhard bert beth betty bill billy bjorn blake bob bobby bogdan boris brad bradley brandon
brendan brett brian bridget bruce bruno bryan burak byron caitlin calvin cameron camilla carl carla carles
carlo carlos carmen carol caroline carolyn casey catherine cecilia cedric cesar chad charles charlie charlotte
chen cheng chris christian christina christine christoph christopher chuck cindy claire clara clarence claude
claudia claudio clement clifford clint colin conor constantin cosmin courtney craig cristian cristina curtis
cyril cyrus dale damian damien dan dana daniel daniela danielle danny dario darren dave david dawn dean
debbie deborah declan dejan dennis denis derek desmond diana diane diego dieter dilma dimitri dimitris dmitri
dmitry dominic dominique don donald donna doris doug douglas duncan dustin dwight eamon earl ed eddie edgar
edith edmund eduard eduardo edward edwin egon elaine elena eli elias elijah elizabeth ella ellen elliot emil
emile emilio emily emma emmanuel enrique eric erik erika ernest ernesto ernst ethan eugene eva evan evelyn
evgeny fabian fabio faisal farid farouk fatima fedor felipe felix fernando fidel filip fiona florian francesca
francesco francis francisco franck francois frank franz fred freddie frederick friedrich gabriel gabriela
gail gareth garry gary gavin gennady geoff geoffrey george georg georgi gerald gerard gerhard gianni gideon
gilbert gina giorgio giovanni giuseppe glen glenn gloria gordon graham grant greg gregory guido guillaume
gunter gustavo guy hamid hans harald harold harriet harry hasan hassan hector heather heidi heinz helen
helena helmut henri henrik henry herbert hermann hillary hiroshi holger horst howard hugh hugo hussein
ian ibrahim igor ilya imran ingrid irene iris isaac isabel isabella ismail ivan ivana jack jackie jacob
jacques jaime jake james jamie jan jane janet janice jason javier jay jean jeff jeffrey jennifer jens jeremy
jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna joao joaquin jochen joe joel johan johann
johannes john johnny jon jonathan jordi jorge jose josef joseph josh joshua juan judith judy jules julia
julian julie julien julio jurgen justin kamal karen karim karin karl kate katherine kathleen kathy katie
katrin keith kelly ken kenneth kenji kevin khaled khalid kim kirk klaus konstantin kurt kyle lance lars laura
lauren laurent lawrence lee leigh lena leo leon leonard leonardo leonid leslie lewis liam linda lindsay lionel
lisa liz lord lorenzo louis louise luc luca lucas lucia luis luiz luka lukas lynn magnus mahmoud malcolm
manfred manuel marc marcel marco marcos marcus margaret maria marian mariano marie marina mario marion mark
marko martin marty mary mathias matt matteo matthew matthias maurice mauricio max maxim maximilian megan
mehmet melissa menachem michael michel michelle miguel mihai mikael mike mikhail milan miles miloslav
miroslav mitch mohamed mohammad mohammed moshe muhammad murat mustafa nadia nancy naomi narendra nasser
natalia natalie nathan neil nelson nicholas nick nicola nicolas nicole nigel nikita nikolai nikolay nina
noah norbert norman oleg olga oliver olivia omar oscar osama otto owen pablo paddy pamela paolo pascal
patricia patrick paul paula pavel pedro penny per peter petr petra phil philip philippe pierre piotr
rachel rafael rafik rahul rainer ralph ramon randy raphael raul ray raymond rebecca reza ricardo richard
rick ricky rob robert roberto robin rodrigo roger roland rolf roman ron ronald rory rosa rose ross roy ruben
rudolf rudy russell ruth ryan said salim salman sam samantha samir samuel sandra sanjay sara sarah saul scott
sean sebastian serge sergei sergey sergio seth shane sharon shaun sheila shimon shinzo sidney silvio simon
simone sofia sonia sophie stanislav stanley stefan stefano stephan stephane stephanie stephen steve steven
stuart susan suzanne sven sylvia tamara tanya tariq ted teresa terry thabo theo theodore theresa thomas tim
timothy tina toby todd tom tomas tommy tony tracy trevor troy ulrich uwe valentin valentina valery vanessa
vasily vera victor victoria viktor vincent vitaly vladimir vladislav volker walter wang warren wayne wei
werner wesley will william willie wim wolfgang xavier yaser yasser yevgeny yitzhak yoshihiro yosef youssef
yuri yury yusuf zbigniew zhang zoran zoe
abdelaziz abu adnan akhtar andriy arsen benazir boutros carsten chandrika dariusz dusan ehud franjo
goran hosni jacek jaroslav kofi leszek ljubisa marek milos miroslaw momir nawaz nelson radovan ratko
recep slobodan tadeusz tansu vaclav viktor vojislav warren yevgeni zeljko zlatko jozef janusz krzysztof
wojciech lech grzegorz boris alija haris kiro vuk mirko dragan darko nenad predrag sinisa bojan
`;
