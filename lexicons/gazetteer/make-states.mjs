// One-off generator for states.tsv, written from general knowledge (no package, no download).
// Run: node lexicons/gazetteer/make-states.mjs > lexicons/gazetteer/states.tsv
// Line format below: CODE;short name;official name;former names;abbreviations;demonyms;capitals and seats
// (multi-values separated by "/"; empty fields allowed).
const DATA = `
AFG;Afghanistan;Islamic Emirate of Afghanistan;;;Afghan/Afghans;Kabul
ALB;Albania;Republic of Albania;;;Albanian/Albanians;Tirana
DZA;Algeria;People's Democratic Republic of Algeria;;;Algerian/Algerians;Algiers
AND;Andorra;Principality of Andorra;;;Andorran/Andorrans;Andorra la Vella
AGO;Angola;Republic of Angola;;;Angolan/Angolans;Luanda
ATG;Antigua and Barbuda;;;;Antiguan/Antiguans;
ARG;Argentina;Argentine Republic;;;Argentine/Argentinian/Argentines/Argentinians;Buenos Aires/Casa Rosada
ARM;Armenia;Republic of Armenia;;;Armenian/Armenians;Yerevan
AUS;Australia;Commonwealth of Australia;;;Australian/Australians;Canberra
AUT;Austria;Republic of Austria;;;Austrian/Austrians;Vienna
AZE;Azerbaijan;Republic of Azerbaijan;;;Azerbaijani/Azeri/Azerbaijanis/Azeris;Baku
BHS;Bahamas;Commonwealth of The Bahamas;;;Bahamian/Bahamians;Nassau
BHR;Bahrain;Kingdom of Bahrain;;;Bahraini/Bahrainis;Manama
BGD;Bangladesh;People's Republic of Bangladesh;East Pakistan;;Bangladeshi/Bangladeshis;Dhaka
BRB;Barbados;;;;Barbadian/Barbadians;Bridgetown
BLR;Belarus;Republic of Belarus;Byelorussia/Belorussia;;Belarusian/Belarusians;Minsk
BEL;Belgium;Kingdom of Belgium;;;Belgian/Belgians;Brussels
BLZ;Belize;;British Honduras;;Belizean/Belizeans;Belmopan
BEN;Benin;Republic of Benin;Dahomey;;Beninese;Porto-Novo/Cotonou
BTN;Bhutan;Kingdom of Bhutan;;;Bhutanese;Thimphu
BOL;Bolivia;Plurinational State of Bolivia;;;Bolivian/Bolivians;La Paz/Sucre
BIH;Bosnia and Herzegovina;;Bosnia-Herzegovina/Bosnia;BiH;Bosnian/Bosnians;Sarajevo
BWA;Botswana;Republic of Botswana;Bechuanaland;;Botswanan/Batswana;Gaborone
BRA;Brazil;Federative Republic of Brazil;;;Brazilian/Brazilians;Brasilia/Brasília/Planalto
BRN;Brunei;Brunei Darussalam;;;Bruneian/Bruneians;Bandar Seri Begawan
BGR;Bulgaria;Republic of Bulgaria;;;Bulgarian/Bulgarians;Sofia
BFA;Burkina Faso;;Upper Volta;;Burkinabe/Burkinabè;Ouagadougou
BDI;Burundi;Republic of Burundi;;;Burundian/Burundians;Gitega/Bujumbura
CPV;Cape Verde;Republic of Cabo Verde;Cabo Verde;;Cape Verdean/Cape Verdeans;Praia
KHM;Cambodia;Kingdom of Cambodia;Kampuchea;;Cambodian/Cambodians;Phnom Penh
CMR;Cameroon;Republic of Cameroon;;;Cameroonian/Cameroonians;Yaounde/Yaoundé
CAN;Canada;;;;Canadian/Canadians;Ottawa/Parliament Hill
CAF;Central African Republic;;;CAR;Central African/Central Africans;Bangui
TCD;Chad;Republic of Chad;;;Chadian/Chadians;N'Djamena/Ndjamena
CHL;Chile;Republic of Chile;;;Chilean/Chileans;Santiago
CHN;China;People's Republic of China;Red China;PRC/P.R.C.;Chinese;Beijing/Peking/Zhongnanhai
COL;Colombia;Republic of Colombia;;;Colombian/Colombians;Bogota/Bogotá
COM;Comoros;Union of the Comoros;;;Comoran/Comorian/Comorians;Moroni
COG;Republic of the Congo;;Congo-Brazzaville/Congo Republic;;Congolese;Brazzaville
COD;Democratic Republic of the Congo;;Zaire/Congo-Kinshasa/DR Congo/Congo;DRC/DR Congo/D.R.C.;;Kinshasa
CRI;Costa Rica;Republic of Costa Rica;;;Costa Rican/Costa Ricans;San Jose/San José
CIV;Ivory Coast;Republic of Côte d'Ivoire;Côte d'Ivoire/Cote d'Ivoire;;Ivorian/Ivorians;Yamoussoukro/Abidjan
HRV;Croatia;Republic of Croatia;;;Croatian/Croat/Croatians/Croats;Zagreb
CUB;Cuba;Republic of Cuba;;;Cuban/Cubans;Havana
CYP;Cyprus;Republic of Cyprus;;;Cypriot/Cypriots;Nicosia
CZE;Czech Republic;;Czechia/Czechoslovakia;;Czech/Czechs;Prague
DNK;Denmark;Kingdom of Denmark;;;Danish/Danes;Copenhagen
DJI;Djibouti;Republic of Djibouti;;;Djiboutian/Djiboutians;
DMA;Dominica;Commonwealth of Dominica;;;Dominican;Roseau
DOM;Dominican Republic;;;;Dominicans;Santo Domingo
ECU;Ecuador;Republic of Ecuador;;;Ecuadorian/Ecuadorians;Quito
EGY;Egypt;Arab Republic of Egypt;United Arab Republic;;Egyptian/Egyptians;Cairo
SLV;El Salvador;Republic of El Salvador;;;Salvadoran/Salvadorans;San Salvador
GNQ;Equatorial Guinea;Republic of Equatorial Guinea;;;Equatoguinean/Equatorial Guinean;Malabo
ERI;Eritrea;State of Eritrea;;;Eritrean/Eritreans;Asmara
EST;Estonia;Republic of Estonia;;;Estonian/Estonians;Tallinn
SWZ;Eswatini;Kingdom of Eswatini;Swaziland;;Swazi/Swazis;Mbabane
ETH;Ethiopia;Federal Democratic Republic of Ethiopia;Abyssinia;;Ethiopian/Ethiopians;Addis Ababa
FJI;Fiji;Republic of Fiji;;;Fijian/Fijians;Suva
FIN;Finland;Republic of Finland;;;Finnish/Finns;Helsinki
FRA;France;French Republic;;;French/Frenchman/Frenchmen;Paris/Elysee/Élysée/Elysee Palace/Élysée Palace/Quai d'Orsay
GAB;Gabon;Gabonese Republic;;;Gabonese;Libreville
GMB;Gambia;Republic of The Gambia;The Gambia;;Gambian/Gambians;Banjul
GEO;Georgia;;;;Georgian/Georgians;Tbilisi
DEU;Germany;Federal Republic of Germany;West Germany/East Germany;FRG/GDR;German/Germans;Berlin/Chancellery
GHA;Ghana;Republic of Ghana;Gold Coast;;Ghanaian/Ghanaians;Accra
GRC;Greece;Hellenic Republic;;;Greek/Greeks;Athens
GRD;Grenada;;;;Grenadian/Grenadians;
GTM;Guatemala;Republic of Guatemala;;;Guatemalan/Guatemalans;Guatemala City
GIN;Guinea;Republic of Guinea;;;Guinean/Guineans;Conakry
GNB;Guinea-Bissau;Republic of Guinea-Bissau;;;Bissau-Guinean;Bissau
GUY;Guyana;Co-operative Republic of Guyana;British Guiana;;Guyanese;Georgetown
HTI;Haiti;Republic of Haiti;;;Haitian/Haitians;Port-au-Prince
HND;Honduras;Republic of Honduras;;;Honduran/Hondurans;Tegucigalpa
HUN;Hungary;;;;Hungarian/Hungarians;Budapest
ISL;Iceland;;;;Icelandic/Icelanders;Reykjavik/Reykjavík
IND;India;Republic of India;;;Indian/Indians;New Delhi
IDN;Indonesia;Republic of Indonesia;;;Indonesian/Indonesians;Jakarta
IRN;Iran;Islamic Republic of Iran;Persia;;Iranian/Iranians;Tehran/Teheran
IRQ;Iraq;Republic of Iraq;;;Iraqi/Iraqis;Baghdad
IRL;Ireland;;Eire/Éire;;Irish;Dublin
ISR;Israel;State of Israel;;;Israeli/Israelis;Jerusalem/Tel Aviv
ITA;Italy;Italian Republic;;;Italian/Italians;Rome/Palazzo Chigi
JAM;Jamaica;;;;Jamaican/Jamaicans;Kingston
JPN;Japan;;;;Japanese;Tokyo
JOR;Jordan;Hashemite Kingdom of Jordan;;;Jordanian/Jordanians;Amman
KAZ;Kazakhstan;Republic of Kazakhstan;;;Kazakh/Kazakhstani/Kazakhs;Astana/Nur-Sultan/Almaty
KEN;Kenya;Republic of Kenya;;;Kenyan/Kenyans;Nairobi
KIR;Kiribati;Republic of Kiribati;;;I-Kiribati;Tarawa
PRK;North Korea;Democratic People's Republic of Korea;;DPRK/D.P.R.K.;North Korean/North Koreans;Pyongyang
KOR;South Korea;Republic of Korea;;ROK;South Korean/South Koreans;Seoul/Blue House/Yongsan
KWT;Kuwait;State of Kuwait;;;Kuwaiti/Kuwaitis;Kuwait City
KGZ;Kyrgyzstan;Kyrgyz Republic;Kirghizia;;Kyrgyz/Kyrgyzstani;Bishkek
LAO;Laos;Lao People's Democratic Republic;;Lao PDR;Laotian/Lao/Laotians;Vientiane
LVA;Latvia;Republic of Latvia;;;Latvian/Latvians;Riga
LBN;Lebanon;Lebanese Republic;;;Lebanese;Beirut
LSO;Lesotho;Kingdom of Lesotho;Basutoland;;Basotho;Maseru
LBR;Liberia;Republic of Liberia;;;Liberian/Liberians;Monrovia
LBY;Libya;State of Libya;;;Libyan/Libyans;Tripoli
LIE;Liechtenstein;Principality of Liechtenstein;;;Liechtensteiner;Vaduz
LTU;Lithuania;Republic of Lithuania;;;Lithuanian/Lithuanians;Vilnius
LUX;Luxembourg;Grand Duchy of Luxembourg;;;Luxembourgish/Luxembourger/Luxembourgers;
MDG;Madagascar;Republic of Madagascar;;;Malagasy;Antananarivo
MWI;Malawi;Republic of Malawi;Nyasaland;;Malawian/Malawians;Lilongwe
MYS;Malaysia;;Malaya;;Malaysian/Malaysians;Kuala Lumpur/Putrajaya
MDV;Maldives;Republic of Maldives;;;Maldivian/Maldivians;
MLI;Mali;Republic of Mali;;;Malian/Malians;Bamako
MLT;Malta;Republic of Malta;;;Maltese;Valletta
MHL;Marshall Islands;Republic of the Marshall Islands;;;Marshallese;Majuro
MRT;Mauritania;Islamic Republic of Mauritania;;;Mauritanian/Mauritanians;Nouakchott
MUS;Mauritius;Republic of Mauritius;;;Mauritian/Mauritians;Port Louis
MEX;Mexico;United Mexican States;;;Mexican/Mexicans;Mexico City
FSM;Micronesia;Federated States of Micronesia;;;Micronesian/Micronesians;Palikir
MDA;Moldova;Republic of Moldova;Moldavia;;Moldovan/Moldovans;Chisinau/Chișinău
MCO;Monaco;Principality of Monaco;;;Monegasque;
MNG;Mongolia;;;;Mongolian/Mongolians;Ulaanbaatar/Ulan Bator
MNE;Montenegro;;;;Montenegrin/Montenegrins;Podgorica
MAR;Morocco;Kingdom of Morocco;;;Moroccan/Moroccans;Rabat
MOZ;Mozambique;Republic of Mozambique;;;Mozambican/Mozambicans;Maputo
MMR;Myanmar;Republic of the Union of Myanmar;Burma;;Burmese/Myanmarese;Naypyidaw/Naypyitaw/Nay Pyi Taw/Yangon/Rangoon
NAM;Namibia;Republic of Namibia;South West Africa;;Namibian/Namibians;Windhoek
NRU;Nauru;Republic of Nauru;;;Nauruan;
NPL;Nepal;;;;Nepali/Nepalese;Kathmandu
NLD;Netherlands;Kingdom of the Netherlands;Holland;;Dutch;Amsterdam/The Hague
NZL;New Zealand;;;;New Zealander/New Zealanders;Wellington
NIC;Nicaragua;Republic of Nicaragua;;;Nicaraguan/Nicaraguans;Managua
NER;Niger;Republic of the Niger;;;Nigerien/Nigeriens;Niamey
NGA;Nigeria;Federal Republic of Nigeria;;;Nigerian/Nigerians;Abuja
MKD;North Macedonia;Republic of North Macedonia;Macedonia/FYROM;;Macedonian/Macedonians;Skopje
NOR;Norway;Kingdom of Norway;;;Norwegian/Norwegians;Oslo
OMN;Oman;Sultanate of Oman;;;Omani/Omanis;Muscat
PAK;Pakistan;Islamic Republic of Pakistan;;;Pakistani/Pakistanis;Islamabad
PLW;Palau;Republic of Palau;;;Palauan;Ngerulmud
PSE;Palestine;State of Palestine;;;Palestinian/Palestinians;Ramallah
PAN;Panama;Republic of Panama;;;Panamanian/Panamanians;Panama City
PNG;Papua New Guinea;;;PNG;Papua New Guinean;Port Moresby
PRY;Paraguay;Republic of Paraguay;;;Paraguayan/Paraguayans;Asuncion/Asunción
PER;Peru;Republic of Peru;;;Peruvian/Peruvians;Lima
PHL;Philippines;Republic of the Philippines;;;Philippine/Filipino/Filipinos;Manila/Malacanang/Malacañang
POL;Poland;Republic of Poland;;;Polish/Poles;Warsaw
PRT;Portugal;Portuguese Republic;;;Portuguese;Lisbon
QAT;Qatar;State of Qatar;;;Qatari/Qataris;Doha
ROU;Romania;;Rumania;;Romanian/Romanians;Bucharest
RUS;Russia;Russian Federation;Soviet Union/USSR;;Russian/Russians/Soviet/Soviets;Moscow/Kremlin
RWA;Rwanda;Republic of Rwanda;;;Rwandan/Rwandans;Kigali
KNA;Saint Kitts and Nevis;;;;Kittitian;Basseterre
LCA;Saint Lucia;;;;Saint Lucian;Castries
VCT;Saint Vincent and the Grenadines;;;;Vincentian;Kingstown
WSM;Samoa;Independent State of Samoa;Western Samoa;;Samoan/Samoans;Apia
SMR;San Marino;Republic of San Marino;;;Sammarinese;
STP;Sao Tome and Principe;São Tomé and Príncipe;;;Santomean;
SAU;Saudi Arabia;Kingdom of Saudi Arabia;;KSA;Saudi/Saudis/Saudi Arabian;Riyadh
SEN;Senegal;Republic of Senegal;;;Senegalese;Dakar
SRB;Serbia;Republic of Serbia;Yugoslavia;;Serbian/Serbs/Serb;Belgrade
SYC;Seychelles;Republic of Seychelles;;;Seychellois;
SLE;Sierra Leone;Republic of Sierra Leone;;;Sierra Leonean/Sierra Leoneans;Freetown
SGP;Singapore;Republic of Singapore;;;Singaporean/Singaporeans;
SVK;Slovakia;Slovak Republic;;;Slovak/Slovaks/Slovakian;Bratislava
SVN;Slovenia;Republic of Slovenia;;;Slovenian/Slovene/Slovenians/Slovenes;Ljubljana
SLB;Solomon Islands;;;;Solomon Islander;Honiara
SOM;Somalia;Federal Republic of Somalia;;;Somali/Somalis;Mogadishu
ZAF;South Africa;Republic of South Africa;;RSA;South African/South Africans;Pretoria/Cape Town
SSD;South Sudan;Republic of South Sudan;;;South Sudanese;Juba
ESP;Spain;Kingdom of Spain;;;Spanish/Spaniards;Madrid/Moncloa
LKA;Sri Lanka;Democratic Socialist Republic of Sri Lanka;Ceylon;;Sri Lankan/Sri Lankans;Colombo/Sri Jayawardenepura Kotte
SDN;Sudan;Republic of the Sudan;;;Sudanese;Khartoum
SUR;Suriname;Republic of Suriname;Dutch Guiana;;Surinamese;Paramaribo
SWE;Sweden;Kingdom of Sweden;;;Swedish/Swedes;Stockholm
CHE;Switzerland;Swiss Confederation;;;Swiss;Bern/Berne
SYR;Syria;Syrian Arab Republic;;;Syrian/Syrians;Damascus
TWN;Taiwan;Republic of China;Formosa;ROC;Taiwanese;Taipei
TJK;Tajikistan;Republic of Tajikistan;;;Tajik/Tajikistani/Tajiks;Dushanbe
TZA;Tanzania;United Republic of Tanzania;Tanganyika;;Tanzanian/Tanzanians;Dodoma/Dar es Salaam
THA;Thailand;Kingdom of Thailand;Siam;;Thai/Thais;Bangkok
TLS;Timor-Leste;Democratic Republic of Timor-Leste;East Timor;;Timorese;Dili
TGO;Togo;Togolese Republic;;;Togolese;Lome/Lomé
TON;Tonga;Kingdom of Tonga;;;Tongan/Tongans;Nuku'alofa
TTO;Trinidad and Tobago;Republic of Trinidad and Tobago;;;Trinidadian/Trinidadians;Port of Spain
TUN;Tunisia;Republic of Tunisia;;;Tunisian/Tunisians;Tunis
TUR;Turkey;Republic of Türkiye;Türkiye/Turkiye/Ottoman Empire;;Turkish/Turks;Ankara
TKM;Turkmenistan;;;;Turkmen;Ashgabat
TUV;Tuvalu;;;;Tuvaluan;Funafuti
UGA;Uganda;Republic of Uganda;;;Ugandan/Ugandans;Kampala
UKR;Ukraine;;;;Ukrainian/Ukrainians;Kyiv/Kiev/Bankova
ARE;United Arab Emirates;;;UAE/U.A.E.;Emirati/Emiratis;Abu Dhabi
GBR;United Kingdom;United Kingdom of Great Britain and Northern Ireland;Great Britain/Britain;UK/U.K./GB;British/Briton/Britons/Brits;London/Downing Street/Whitehall/Number 10/No 10/No. 10/Westminster
USA;United States;United States of America;America;US/U.S./USA/U.S.A./United States;American/Americans;Washington/Washington D.C./Washington DC
URY;Uruguay;Oriental Republic of Uruguay;;;Uruguayan/Uruguayans;Montevideo
UZB;Uzbekistan;Republic of Uzbekistan;;;Uzbek/Uzbekistani/Uzbeks;Tashkent
VUT;Vanuatu;Republic of Vanuatu;New Hebrides;;Ni-Vanuatu;Port Vila
VAT;Vatican City;Holy See;Vatican;;;
VEN;Venezuela;Bolivarian Republic of Venezuela;;;Venezuelan/Venezuelans;Caracas/Miraflores
VNM;Vietnam;Socialist Republic of Vietnam;Viet Nam;;Vietnamese;Hanoi
YEM;Yemen;Republic of Yemen;;;Yemeni/Yemenis;Sanaa/Sana'a
ZMB;Zambia;Republic of Zambia;Northern Rhodesia;;Zambian/Zambians;Lusaka
ZWE;Zimbabwe;Republic of Zimbabwe;Rhodesia/Southern Rhodesia;;Zimbabwean/Zimbabweans;Harare
XKX;Kosovo;Republic of Kosovo;;;Kosovar/Kosovars/Kosovan;Pristina/Prishtina
HKG;Hong Kong;Hong Kong Special Administrative Region;;HKSAR;Hong Konger/Hong Kongers;
MAC;Macau;Macao Special Administrative Region;Macao;;Macanese;
ESH;Western Sahara;Sahrawi Arab Democratic Republic;Spanish Sahara;SADR;Sahrawi/Sahrawis;Laayoune
PRI;Puerto Rico;Commonwealth of Puerto Rico;;;Puerto Rican/Puerto Ricans;San Juan
GRL;Greenland;;;;Greenlandic/Greenlanders;Nuuk
`;
// Aliases that are ordinary English words or common personal names when lower-case are still
// listed; the matcher requires the capitalisation given here.
const head = [
  '# states.tsv: sovereign states (ISO 3166-1) plus a few territories and XKX Kosovo, PSE Palestine.',
  '# What: every name a news text uses for a state acting as a state: short and official names,',
  '#   former names, abbreviations, demonyms (adjective and plural: "the North Koreans" = the state),',
  '#   capitals and seats of power used as metonyms ("Pyongyang said", "the Kremlin denied").',
  '# Format: columns code, name, official, former, abbreviations, demonyms, capitals; multi-values',
  '#   separated by "|". Aliases match on tokens; capitalised aliases need the capital in the text;',
  '#   all-caps abbreviations of two letters (US, UK) must be all caps in the text.',
  '# Sources: written for claimtrail from general knowledge by lexicons/gazetteer/make-states.mjs',
  '#   (ISO 3166-1 alpha-3 codes; XKX is the user-assigned code in common use for Kosovo).',
  '# Known gaps: small territories and dependencies are mostly absent; demonyms that are also',
  '#   ethnic groups (Kurdish, Serb) are read as the state; "Georgia" is always the country;',
  '#   Washington as a person name is read as the United States.',
  ['code', 'name', 'official', 'former', 'abbreviations', 'demonyms', 'capitals'].join('\t'),
];
const rows = DATA.trim().split('\n').map((l) => {
  const f = l.split(';');
  if (f.length !== 7) throw new Error(`bad line: ${l}`);
  return f.map((x) => x.split('/').map((s) => s.trim()).filter(Boolean).join('|')).join('\t');
});
process.stdout.write([...head, ...rows].join('\n') + '\n');
