/**
 * Data for the name signal (names.ts): general knowledge about romanisation, nothing tuned to a
 * particular text.
 */

/**
 * Toneless Hanyu Pinyin syllables, ü written v (lv, nve) and also u (lue, nue) as English texts do.
 * Taken from the readings in CC-CEDICT, without interjections (hm, ng) and letter names.
 */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(
  `
  a ai an ang ao ba bai ban bang bao bei ben beng bi bia bian biao bie bin bing biu bo bu ca cai can cang cao
  ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
  chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong
  dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen
  geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai
  huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke
  kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang
  liao lie lin ling liu long lou lu luan lue lun luo lv lve ma mai man mang mao me mei men meng mi mian miao
  mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou
  nu nuan nue nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia
  qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui
  run ruo sa sai san sang sao se sei sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
  shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian
  tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie
  xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan yue yun za zai zan zang
  zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang
  zhui zhun zhuo zi zong zou zu zuan zui zun zuo
`.split(/\s+/).filter(Boolean),
);

/**
 * English words of two or more letters that also split into one to four pinyin syllables
 * (china = chi·na, same = sa·me, angle = an·g·le …), so a capitalised one is not taken for a name.
 * Generated from the English glosses of CC-CEDICT: words used at least three times in lower case,
 * minus words that are also the romanisation of a CC-CEDICT proper noun (Anshan, Henan), plus
 * month and weekday names (June = ju·ne).
 */
export const ENGLISH_LOOKALIKES: ReadonlySet<string> = new Set(
  `
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  abide abiding abode abuse acacia ace acetate ache acumen acute adenine afar agar agate age agenda aiding
  aiming alien alike along alongside alunite alveolar amen amine amino amoeba amuse anemia anemone angelica
  anger angle angling angular aniline anime anise anling anode anorexia anti antique apogee arcade ardisia
  are area areata arena argentea argue aria arise aroma arouse arrange articular artisan ashen aside
  awaiting awake awaken aware azalea azure baihua bake bakelite bakeri bakufu balance banana bandage bane
  baojia bar barbarian barbican bare bargaining barge baroque barren barricade barrier base baseline bazaar
  bending benzene bike binding binge bio bipolar bite biting bizarre boa boar boarding bone boo boomerang
  booming bore buying cabin cache cadence cage cake came candidate cane cangue canine canoe canola canteen
  car carapace carbide carbine carbonate care career carnage carriage carrier cartilage case cashier cease
  cedar cede censure cerumen cesarean chamomile chance changer char charge charlatan charming chase
  cheating cheer cheese chili chime china chinaware chinense cicada cigar cinema cinerea cite citizen
  congee congregate courier cue cuisine cumin cunning cure curio cute damage dance danger dangle dangling
  dare darken darling data database date dating daze dealing dear debate decade decaying decide dedicate
  deduce deer defame defending defense delaying delegate delete delicate delude deluge delve demanding
  demarcate dementia demise demote dengue dense dentata denture denying departing departure dependence
  depending depose deride desire dice diligence dilute dime dine dingo dining diode dioxide dioxin dire
  disease disengage disentangle due duke dunce dune durian ear earlier ease easier eating edema editing
  educate eerie eke elegance elite elongata emulate encase enchanting endanger ending endurance endure
  enema engage enhance enlarge ensure entangle entice entire era erase erhu erhua erode erudite exile eye
  faba facade face fade fake fame familiar famine fantasize far farce fare farming fate fatigue fence foe
  foliage footage footing foreman foresee fulva fume fumigate fuse futile future gaining gale game gamete
  gaming gangue garage garbage garde garden gate gaze gear geese geisha gelada gene genera generate
  generating genitalia genocide genome genre gentian guacamole guarantee guardian guarding guerre guidance
  guinea guitar gunman guqin guru halide hanger hangman hanzi harden hardening hare harmonize harrier hate
  haze headache heading healing hear hearse heating hematite hence here heritage hesitate house huge human
  humane humiliate humiliating hunting jiaozi jute kamikaze karaoke karate karma katakana keeping ketamine
  konghou lace laden lading lake lame lamina laminate laminating lance landing lane language large late
  latitude laying leading league leakage leaning leaping learning lease legume leisure liana lice license
  like liken lime linden line lineage linear linen liner linger linkage longa longer louse lunar lure lute
  macaque macaroni mace machete machine machining made magazine maiden maize malaria malice malinger mama
  manage mandate mane manga manganese manger mango manicure manure mare margarine marinade marine maritime
  marketing marmalade marriage mate mature maxima maximize maze mean meaning measure media median mediate
  medica medicine meditate medusa meeting melamine melee meme memo memorize menace mending mentioning menu
  mere meridian metadata mica mice mien militia mince mine miner mingle mini minimize mining minla minute
  mire misuse mite mixing moan moaning mobile mobilize mochi mode modeling module molar mole molecular
  moose more mouse mule munia murine musician mute naan name nano nature near nebula nebulae needing neo
  nice niche niece nine nude nunchaku oar obeisance oboe ocarina ocean omen one oolong ooze opaque open
  opener orange ore origami oriole otaku outing oxide pace page palace palate pale panacea pancake panda
  pangolin papaya par para parachute parade paradise parasite pare particular parting partisan patience
  patina patio paying penalize pence pending penne piano piece pierce pile pine pinghua pinna pinyin
  pioneer pipa piping pique pita poke polar pole police policeman polio polite poo populace popular pore
  poria pose puerile pulverize pumice pupa pupate pure puree putonghua qigong quasi queen queer quota quote
  range reading realize rear rearrange rebate rebuke recharge recite reduce refuge refugee refuse refute
  regarding regular regulate rehearse relate relating release relegate remaining remake remote rename
  rending renegade renege reopen repartee repentance repudiate reside residence residing residue resume
  retailing retaliate retina retinue retire ribose rice riche ride ridicule riding rime rioting rise rite
  rouge rouse route routine routing rude rue rule ruling ruminate running ruse sage sailing sake sale
  saline salute salvage salvo same sardine sari sashimi satire satirize saying sea seating secular secure
  sedan seduce see seeding seeming seen seepage seize semen semi seminar senate senile sense separata
  separate separating sequence serene sesame sewage shade shake shaken shale shaman shame shaping share
  sharpen sharpener shear sheer shelve shine shining shouting shunkou sibia sibirica side sidelong siege
  silica silicate silver similar simile simulate sine sinecure sinica siren site size souliei sugar
  sugarcane suicide suite sunken sunrise sunshine suona supine sure surimi suture taboo taiga take taken
  tale tame taming tangerine tangle tango tannin tantalize tapioca tar tare taro tartar taxi tea teahouse
  tear tease tee teeming teenage tenure tesia tide tilapia tile tiling time timeline timing tinea tingling
  tire tuna tune tuning wade wading wage wailing waiting wake wane waning war warden warehouse warfare
  warlike warming warning wartime wasabi waxing woman women woo wooden yangqin year yee youtiao yuefu
  yuxiang
  an ban bang bin can den die fan gang gong gun hang he hen lie long man me men pan pen pie pin ping run
  she song sun tan tie wan ye you
`.split(/\s+/).filter(Boolean),
);

/**
 * Historic (Chinese Postal, Wade–Giles) and other established English names that pinyin cannot
 * produce, with the Chinese forms they stand for. Keys are lower case without spaces, hyphens or
 * apostrophes, as names.ts normalises English tokens.
 */
export const ESTABLISHED_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    // Countries and regions
    china: ["中国", "中华", "华"],
    chinese: ["中国", "中华", "华", "汉"],
    tibet: ["西藏"],
    tibetan: ["西藏", "藏"],
    mongolia: ["蒙古"],
    innermongolia: ["内蒙古", "内蒙"],
    manchuria: ["满洲", "东北"],
    hongkong: ["香港"],
    macao: ["澳门"],
    macau: ["澳门"],
    formosa: ["台湾"],
    // Provinces
    kwangtung: ["广东"],
    kwangsi: ["广西"],
    szechwan: ["四川"],
    szechuan: ["四川"],
    kiangsu: ["江苏"],
    kiangsi: ["江西"],
    chekiang: ["浙江"],
    fukien: ["福建"],
    honan: ["河南"],
    hopeh: ["河北"],
    hopei: ["河北"],
    hupeh: ["湖北"],
    hupei: ["湖北"],
    shantung: ["山东"],
    shansi: ["山西"],
    shensi: ["陕西"],
    shaanxi: ["陕西"],
    kansu: ["甘肃"],
    anhwei: ["安徽"],
    kweichow: ["贵州"],
    sinkiang: ["新疆"],
    heilungkiang: ["黑龙江"],
    kirin: ["吉林"],
    liaotung: ["辽东"],
    // Cities
    peking: ["北京"],
    peiping: ["北平"],
    canton: ["广州", "广东"],
    tientsin: ["天津"],
    nanking: ["南京"],
    sian: ["西安"],
    chungking: ["重庆"],
    hankow: ["汉口"],
    tsingtao: ["青岛"],
    mukden: ["沈阳", "奉天"],
    amoy: ["厦门"],
    swatow: ["汕头"],
    foochow: ["福州"],
    hangchow: ["杭州"],
    soochow: ["苏州"],
    chengtu: ["成都"],
    kweilin: ["桂林"],
    tsinan: ["济南"],
    lanchow: ["兰州"],
    sining: ["西宁"],
    yenan: ["延安"],
    paotow: ["包头"],
    dairen: ["大连"],
    portarthur: ["旅顺"],
    kalgan: ["张家口"],
    ningpo: ["宁波"],
    wenchow: ["温州"],
    chinkiang: ["镇江"],
    kiukiang: ["九江"],
    chengchow: ["郑州"],
    loyang: ["洛阳"],
    tatung: ["大同"],
    tsitsihar: ["齐齐哈尔"],
    kowloon: ["九龙"],
    whampoa: ["黄埔"],
    urumqi: ["乌鲁木齐"],
    urumchi: ["乌鲁木齐"],
    hohhot: ["呼和浩特"],
    lhasa: ["拉萨"],
    // Rivers
    yangtze: ["长江", "扬子"],
    hwangho: ["黄河"],
    whangpoo: ["黄浦"],
    // People and institutions
    confucius: ["孔子", "孔夫子"],
    mencius: ["孟子"],
    sunyatsen: ["孙中山", "孙逸仙"],
    chiangkaishek: ["蒋介石"],
    maotsetung: ["毛泽东"],
    chouenlai: ["周恩来"],
    chuteh: ["朱德"],
    liushaochi: ["刘少奇"],
    luhsun: ["鲁迅"],
    kuomintang: ["国民党"],
    tsinghua: ["清华"],
  }),
);

/**
 * English generic words after a one-syllable name, with the Chinese suffixes they translate:
 * "Rong County" = 容县. A single syllable alone matches too many characters to be evidence.
 */
export const PLACE_SUFFIXES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    county: "县",
    city: "市",
    province: "省",
    district: "区",
    prefecture: "州",
    town: "镇",
    township: "乡",
    village: "村",
    river: "江河",
    lake: "湖",
    mountain: "山",
    mountains: "山",
    mount: "山",
    island: "岛",
    road: "路",
    street: "街",
    temple: "寺",
    bridge: "桥",
  }),
);
