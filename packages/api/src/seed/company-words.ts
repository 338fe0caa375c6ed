/**
 * Vocabulary for synthetic company names, mixed on purpose: real names are surnames, coined
 * brands and descriptive words across languages, and that mix decides how selective any
 * duplicate-check index is. Taken from the scale lab (bench/scale-lab), whose figures it made.
 */
export const SURNAMES = (
  'smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin ' +
  'jackson thompson white harris clark lewis walker hall allen young king wright scott green baker ' +
  'adams nelson hill campbell mitchell roberts carter phillips evans turner parker collins edwards ' +
  'stewart morris murphy cook rogers morgan cooper peterson reed bailey bell kelly howard ward cox ' +
  'müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer ' +
  'richter klein wolf schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange ' +
  'martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefèbvre ' +
  'michel garcía fernández gonzález rodríguez lópez martínez sánchez pérez gómez díaz álvarez ' +
  'moreno muñoz romero alonso gutiérrez navarro torres domínguez rossi russo ferrari esposito ' +
  'bianchi romano colombo ricci marino greco bruno gallo conti costa giordano mancini rizzo ' +
  'lombardi moretti jansen devries vandenberg bakker visser smit meijer dejong mulder bos ' +
  'andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson ' +
  'hansen nielsen jensen pedersen andersen christensen larsen sørensen rasmussen korhonen ' +
  'virtanen mäkinen nieminen mäkelä hämäläinen laine heikkinen koskinen tanaka suzuki takahashi ' +
  'watanabe itō yamamoto nakamura kobayashi katō yoshida yamada sasaki kowalski nowak wiśniewski ' +
  'wójcik kowalczyk kamiński lewandowski zieliński silva santos oliveira souza pereira ferreira ' +
  'almeida costa rodrigues carvalho gomes martins araújo ribeiro sharma patel singh kumar gupta ' +
  'mehta reddy iyer nair agarwal chen wang li zhang liu yang huang zhao wu zhou kim lee park choi ' +
  'jung kang cho yoon novak horvat kovač dvořák černý procházka kuznetsov ivanov popov sokolov'
).split(' ');

export const DESCRIPTIVE = (
  'blue red green silver golden north south east west nordic alpine atlantic pacific baltic ' +
  'river lake mountain valley harbor harbour bridge summit peak stone iron oak pine cedar maple ' +
  'eagle falcon hawk lion tiger fox wolf bear orca phoenix dragon star sun moon sky cloud ocean ' +
  'coast bay delta prime apex vertex zenith nova stellar quantum fusion vector matrix pixel ' +
  'orbit rocket arrow bright clear smart swift rapid agile bold true pure fresh urban metro ' +
  'city royal crown union liberty pioneer frontier horizon meridian compass anchor beacon ' +
  'lighthouse keystone cornerstone crest ridge field meadow forest garden spring autumn winter ' +
  'sommer winter berg wald stadt blau grün rot nord süd licht stern brücke fluss ' +
  'bleu vert rouge soleil étoile lumière pont rivière montagne sol mar luna estrella puente ' +
  'montaña río verde azul sole stella ponte fiume monte mare luce noord zuid brug rivier ' +
  'stjärna sol havet fjell elv tähti joki vuori sakura fuji hikari midori yama kawa'
).split(' ');

export const SECTORS = (
  'logistics systems solutions technologies software analytics consulting partners industries ' +
  'foods pharma energy solar power motors automotive aerospace marine shipping freight ' +
  'construction engineering architects design media publishing foods beverages brewing ' +
  'textiles apparel furniture electronics semiconductors robotics biotech medical health ' +
  'clinics insurance capital finance bank investments realty properties hotels travel ' +
  'airlines telecom networks security payments retail wholesale trading chemicals plastics ' +
  'steel metals mining agri farms dairy bakery coffee tea wines optics lighting packaging ' +
  'printing labs studio games education academy learning staffing recruiting legal ' +
  'logistik technik maschinenbau bau versicherungen immobilien beratung werke ' +
  'conseil ingénierie transports distribution construcciones ingeniería servicios ' +
  'costruzioni ingegneria trasporti servizi bouw techniek handel konsult bygg teknik ' +
  'seisakusho shoji kogyo denki sangyo'
).split(' ');

export const GENERIC_TAILS = 'group holding global international services'.split(' ');

export const SYLLABLES = (
  'ka ze vo lu tra ri mo xi ne qua bel dor fi gan hex il jor kel lum mar nix or pel quin ros ' +
  'sel tor ul vex wen yor zan al bri cor dyn el fen gil hal ion jun kor lex mon nor ost pry rad ' +
  'syn tel ven xan yel zor ar bo ci da ex fy go hy io ja ky la my no ox pa re sy ta vy'
).split(' ');

export const BRAND_ENDINGS = 'ia ix ify ly io on ex ra ora ium ant ent us a o is era ica'.split(
  ' ',
);

// Legal suffixes as people type them, per country, with the country's usual domain ending.
export interface SyntheticCountry {
  code: string;
  tld: string;
  suffixes: string[];
}

export const COUNTRIES: SyntheticCountry[] = [
  { code: 'US', tld: 'com', suffixes: ['Inc.', 'Inc', 'LLC', 'Corp.', 'Corporation', 'Co.'] },
  { code: 'GB', tld: 'co.uk', suffixes: ['Ltd', 'Ltd.', 'Limited', 'PLC', 'LLP'] },
  { code: 'DE', tld: 'de', suffixes: ['GmbH', 'AG', 'GmbH & Co. KG', 'KG', 'UG', 'mbH'] },
  { code: 'AT', tld: 'at', suffixes: ['GmbH', 'AG'] },
  { code: 'FR', tld: 'fr', suffixes: ['SA', 'SAS', 'SARL', 'S.A.'] },
  { code: 'ES', tld: 'es', suffixes: ['S.L.', 'S.A.', 'SL', 'SA'] },
  { code: 'IT', tld: 'it', suffixes: ['S.p.A.', 'S.r.l.', 'SpA', 'Srl'] },
  { code: 'NL', tld: 'nl', suffixes: ['B.V.', 'N.V.', 'BV'] },
  { code: 'SE', tld: 'se', suffixes: ['AB'] },
  { code: 'FI', tld: 'fi', suffixes: ['Oy', 'Oyj'] },
  { code: 'NO', tld: 'no', suffixes: ['AS', 'ASA'] },
  { code: 'DK', tld: 'dk', suffixes: ['A/S', 'ApS'] },
  { code: 'JP', tld: 'jp', suffixes: ['K.K.', 'Co., Ltd.'] },
  { code: 'AU', tld: 'com.au', suffixes: ['Pty Ltd', 'Pty. Ltd.'] },
  { code: 'IN', tld: 'in', suffixes: ['Pvt Ltd', 'Private Limited', 'Ltd'] },
  { code: 'BR', tld: 'com.br', suffixes: ['Ltda', 'S.A.'] },
  { code: 'MX', tld: 'com.mx', suffixes: ['S.A. de C.V.', 'SAPI de CV'] },
  { code: 'PL', tld: 'pl', suffixes: ['Sp. z o.o.', 'S.A.'] },
  { code: 'CZ', tld: 'cz', suffixes: ['s.r.o.', 'a.s.'] },
];
