/**
 * A small hand-written English–Chinese parallel corpus in a literary register, for calibrating and
 * testing the aligner on text that is not in the gold: narrative, dialogue, letters, numbers and
 * names. Each passage is a list of [English, Chinese] sentence pairs that translate each other 1-1;
 * `lib/align/synthetic.ts` merges, splits, drops and inserts sentences to make harder documents.
 *
 * The passages are split in two: CALIBRATION_PASSAGES tune the cost parameters
 * (scripts/calibrate-align.ts), HELD_OUT_PASSAGES are only used by tests.
 */
export type Passage = ReadonlyArray<readonly [en: string, zh: string]>;

export const CALIBRATION_PASSAGES: readonly Passage[] = [
  [
    [
      "The rain had been falling since dawn, and the narrow lane behind the old house was already ankle-deep in water.",
      "雨从天亮就一直下着，老屋后面那条窄巷里的积水已经没过了脚踝。",
    ],
    ["Grandmother sat by the window, mending a blue jacket that had belonged to my father.", "祖母坐在窗边，缝补一件父亲穿过的蓝布褂子。"],
    ["She did not look up when I came in.", "我进门的时候，她没有抬头。"],
    ["\"The river will rise tonight,\" she said at last.", "“今晚河水要涨了。”她终于开口说。"],
    ["I asked her how she knew.", "我问她怎么知道的。"],
    [
      "She pointed at the swallows flying low over the roofs and said that in sixty years they had never been wrong.",
      "她指了指贴着屋顶低飞的燕子，说六十年来它们从来没有错过。",
    ],
    ["That night the water came up to the third step of the stairs.", "那天夜里，水一直涨到楼梯的第三级台阶。"],
    ["We carried the rice and the chickens to the upper floor by candlelight.", "我们点着蜡烛，把米和鸡都搬到了楼上。"],
    ["In the morning the whole village looked like a lake dotted with roofs.", "第二天早上，整个村子像一片湖，湖面上点缀着一个个屋顶。"],
  ],
  [
    ["The train left Shanghai at seven in the evening and reached Hangzhou a little before midnight.", "火车晚上七点从上海开出，快到半夜的时候到了杭州。"],
    [
      "Across from me sat a young teacher from Suzhou who was going home for the winter holiday.",
      "坐在我对面的是一位苏州来的年轻教师，他要回家过寒假。",
    ],
    ["He had a thick book on his knees but never turned a page.", "他膝上放着一本厚书，却一页也没有翻。"],
    [
      "Outside, the fields were dark and only now and then a lamp appeared in some distant farmhouse.",
      "窗外的田野一片漆黑，只是偶尔有远处农舍里的一盏灯闪过。",
    ],
    [
      "He told me that his mother had waited for him at the station every year for eleven years.",
      "他告诉我，十一年来，他母亲每年都到车站等他。",
    ],
    ["This year she would not be there.", "今年她不会在那里了。"],
    ["I did not know what to say, so I offered him an orange.", "我不知道说什么好，就递给他一个橘子。"],
    ["He peeled it slowly and divided it into two equal halves.", "他慢慢地剥开橘子，分成了相等的两半。"],
  ],
  [
    [
      "Every market day, more than two thousand people crowded into the small square in front of the temple.",
      "每逢集日，庙前的小广场上都要挤进两千多人。",
    ],
    [
      "Farmers came from villages thirty li away, carrying baskets of eggs, cabbages and live fish.",
      "农民们从三十里外的村子赶来，挑着一筐筐鸡蛋、白菜和活鱼。",
    ],
    ["A pound of pork cost forty cents that year, and a bowl of noodles cost five.", "那一年，一斤猪肉要四毛钱，一碗面要五分钱。"],
    ["The tailor Zhang had set up his table under the old locust tree.", "张裁缝把他的案子摆在老槐树底下。"],
    ["He could make a jacket in half a day, and he never measured anyone twice.", "他半天就能做好一件褂子，给人量尺寸从来不量第二遍。"],
    [
      "Children gathered around the man who sold sugar figures, watching him blow a rooster out of hot syrup.",
      "孩子们围着卖糖人的，看他用热糖稀吹出一只公鸡来。",
    ],
    ["By noon the noise was so loud that you could not hear your own voice.", "到了中午，吵得连自己说话都听不见。"],
    ["When the sun went down, the square was empty again, except for the dogs looking for bones.", "太阳落山以后，广场又空了，只剩下几条狗在找骨头。"],
  ],
  [
    ["Dear brother, your letter of March 12th reached me only yesterday.", "亲爱的哥哥：你三月十二日的信，我昨天才收到。"],
    ["The roads in the mountains have been closed by snow for almost a month.", "山里的路被大雪封了差不多一个月。"],
    ["Mother's health is better than in autumn, although she still coughs at night.", "母亲的身体比秋天好些了，只是夜里还咳嗽。"],
    ["The doctor from the county town came twice and would not take any money.", "县城里的医生来过两次，一分钱也不肯收。"],
    ["I have sold the old ox and bought seed for the spring.", "我把那头老牛卖了，买了春天用的种子。"],
    ["Please do not send money again; you need it more than we do.", "请你不要再寄钱来了，你比我们更需要钱。"],
    ["Write to us when you have time, even if it is only a few lines.", "有空就给我们写信，哪怕只写几行也好。"],
    ["Your sister, Lan.", "妹妹兰"],
  ],
  [
    ["The boat went out before the stars had faded.", "星星还没有隐去，船就出海了。"],
    [
      "Old Chen stood at the stern with one hand on the tiller and the other in his pocket.",
      "老陈站在船尾，一只手扶着舵，另一只手插在口袋里。",
    ],
    ["He had fished these waters for forty years and knew every rock by its name.", "他在这片海上打了四十年鱼，每一块礁石他都叫得出名字。"],
    ["The wind turned in the afternoon, and dark clouds piled up in the east.", "下午风向变了，东边堆起了乌云。"],
    ["His son wanted to turn back at once.", "他儿子想马上掉头回去。"],
    ["The old man shook his head and let out the net once more.", "老人摇摇头，又撒了一次网。"],
    [
      "When they finally reached the harbour, the waves were higher than the sea wall.",
      "他们终于回到港口的时候，浪头已经比海堤还高。",
    ],
    ["The net was full, but neither of them said a word all the way home.", "网是满的，可是一路上父子俩谁也没有说一句话。"],
  ],
  [
    ["At night the city changes its face.", "到了夜里，城市就换了一副面孔。"],
    [
      "The offices close, the buses grow empty, and the streets belong to the people who sell things from carts.",
      "办公楼关了门，公共汽车空了，街道属于那些推着车卖东西的人。",
    ],
    [
      "On the corner of our street an old woman fries dumplings in a black iron pan until two in the morning.",
      "我们街角有一位老太太，用一口黑铁锅煎饺子，一直煎到凌晨两点。",
    ],
    ["Taxi drivers, nurses and students who cannot sleep stand in line for them.", "出租车司机、护士和睡不着的学生都排队等着买。"],
    ["She charges three yuan for ten, the same price as five years ago.", "她十个饺子收三块钱，和五年前一样。"],
    [
      "When I asked her why she never raised the price, she laughed and said that rich people do not come out at night.",
      "我问她为什么从来不涨价，她笑着说，有钱人夜里是不出门的。",
    ],
    ["Above us the neon signs blinked red and green over the wet pavement.", "我们头顶上，霓虹灯在湿漉漉的人行道上闪着红光和绿光。"],
  ],
  [
    [
      "In 1911 the young scholar Li Wenyuan left his home in Shaoxing and went north to Beijing.",
      "一九一一年，年轻的读书人李文渊离开绍兴老家，北上北京。",
    ],
    [
      "He carried two trunks of books and a letter of introduction to a professor at the university.",
      "他带着两箱书，还有一封写给大学里一位教授的介绍信。",
    ],
    ["The professor had died three weeks before he arrived.", "他到的时候，那位教授已经去世三个星期了。"],
    ["For half a year he copied documents in a government office for eight yuan a month.", "他在一个衙门里抄了半年公文，每个月挣八块钱。"],
    [
      "In the evenings he walked along the city wall and composed poems that he never wrote down.",
      "傍晚他沿着城墙散步，作了许多诗，却从来没有写下来。",
    ],
    ["Later he became one of the best-known translators of his generation.", "后来，他成了那一代人里最有名的翻译家之一。"],
    [
      "He translated more than 120 books, but he always said that the poems on the wall were his best work.",
      "他翻译了一百二十多本书，可他总说，城墙上作的那些诗才是他最好的作品。",
    ],
  ],
  [
    ["The garden was small, hardly larger than a room.", "园子很小，几乎不比一间屋子大。"],
    [
      "Yet my grandfather had planted in it a plum tree, two rows of chrysanthemums, a patch of leeks and a grapevine that climbed over the wall into the neighbour's yard.",
      "可是祖父在里面种了一棵梅树、两行菊花、一畦韭菜，还有一架葡萄，葡萄藤一直爬过墙头，伸进了邻居家的院子。",
    ],
    ["Every summer the neighbours ate more of our grapes than we did.", "每年夏天，邻居吃我们家的葡萄比我们自己吃得还多。"],
    ["Grandfather did not mind.", "祖父并不在意。"],
    ["He said that a fence could stop a thief but not a vine.", "他说，篱笆挡得住小偷，可挡不住葡萄藤。"],
    [
      "In winter, when everything else was bare, the plum tree bloomed against the grey sky.",
      "到了冬天，别的草木都光秃秃的，只有那棵梅树衬着灰色的天空开了花。",
    ],
    ["He would stand under it for a long time with his hands behind his back.", "他常常背着手，在树下一站就是好半天。"],
  ],
  [
    ["On the morning of May 3rd, 1936, we set out from Chengdu with four mules and two guides.", "一九三六年五月三日早上，我们带着四头骡子和两个向导从成都出发。"],
    ["The road climbed for nearly forty kilometres before it reached the first pass.", "山路一直往上爬了将近四十公里，才到第一个山口。"],
    ["At the top, the temperature had fallen to three degrees below zero.", "到了山顶，气温已经降到零下三度。"],
    ["One of the mules slipped and lost half of our rice.", "有一头骡子滑了一跤，把我们的米丢了一半。"],
    ["We spent the night in a temple where eleven monks still lived.", "那天夜里我们住在一座庙里，庙里还住着十一个和尚。"],
    ["The oldest of them was ninety-two and had never seen a car.", "年纪最大的已经九十二岁，从来没有见过汽车。"],
    ["He asked us whether the emperor was still in Beijing.", "他问我们皇帝是不是还在北京。"],
    ["Nobody had the heart to tell him.", "谁也不忍心告诉他。"],
  ],
  [
    ["In 1952 the village had 318 households and a little more than 1,400 people.", "一九五二年，全村有三百一十八户人家，一千四百多口人。"],
    ["Only 27 of them could read a newspaper.", "其中只有二十七个人能看报。"],
    ["The night school opened in October with two teachers and a single oil lamp.", "夜校十月开学，只有两个教员和一盏油灯。"],
    ["By the following spring, more than 200 adults had learned to write their own names.", "到第二年春天，已经有二百多个成年人学会了写自己的名字。"],
    ["Old Liu, who was sixty-five, learned faster than his grandson.", "六十五岁的老刘比他孙子学得还快。"],
    ["He said he wanted to read the land certificate with his own eyes.", "他说他要亲眼看看那张土地证。"],
    ["The harvest that year was 15 percent higher than the year before.", "那一年的收成比上一年高了百分之十五。"],
    ["Nobody could say whether the school had anything to do with it.", "谁也说不清这和夜校有没有关系。"],
  ],
  [
    ["\"Is it far?\" she asked.", "“远吗？”她问。"],
    ["\"Not very,\" said the boatman.", "“不太远。”船夫说。"],
    ["\"How long?\"", "“要多久？”"],
    ["\"Before dark, if the wind holds.\"", "“要是风不停，天黑以前就到。”"],
    ["She nodded and said nothing more.", "她点点头，再没有说什么。"],
    ["The boat moved slowly between the reeds.", "小船在芦苇中间慢慢地走着。"],
    ["Somewhere a bird called twice and stopped.", "不知什么地方，一只鸟叫了两声就停了。"],
    ["\"Are you cold?\" he asked after a while.", "过了一会儿，他问：“你冷不冷？”"],
    ["\"No.\"", "“不冷。”"],
    ["But she pulled her coat tighter around her shoulders.", "可是她把外衣在肩上裹得更紧了。"],
  ],
  [
    ["Wang Lin grew up in Kaifeng, in a house near the old city wall.", "王林在开封长大，家就在老城墙附近。"],
    ["When he was fourteen, his family moved to Wuhan.", "他十四岁那年，全家搬到了武汉。"],
    ["There he met Chen Yu, a boy from Changsha who played the flute.", "在那里他认识了陈宇，一个会吹笛子的长沙孩子。"],
    ["The two of them swam in the Yangtze every summer.", "每年夏天，他们两个都到长江里游泳。"],
    ["Years later, Chen Yu became a teacher in Guilin.", "许多年以后，陈宇在桂林当了老师。"],
    ["Wang Lin stayed in Wuhan and worked at the railway station.", "王林留在武汉，在火车站工作。"],
    [
      "They wrote to each other twice a year, at the Spring Festival and at the Mid-Autumn Festival.",
      "他们每年通两次信，一次在春节，一次在中秋节。",
    ],
    ["The letters stopped in 1966.", "一九六六年，信就断了。"],
  ],
  [
    [
      "In autumn the hills behind the town turned red and gold, and the air smelled of smoke from the fields where farmers were burning straw.",
      "秋天，镇子后面的山变成了红色和金色，空气里飘着田里烧稻草的烟味。",
    ],
    [
      "The persimmon trees were bare of leaves, but their fruit hung on the branches like small lanterns.",
      "柿子树的叶子都落光了，果子却还挂在枝头，像一盏盏小灯笼。",
    ],
    ["Children climbed the trees after school and came home with orange hands.", "孩子们放了学就爬到树上去，回家的时候满手都是橙色。"],
    ["Their mothers scolded them, but not very much.", "母亲们骂他们几句，可也骂得不重。"],
    ["In the evening the mist came down from the mountains and covered everything.", "傍晚，雾从山上下来，把一切都盖住了。"],
    ["Only the sound of the river told you where you were.", "只有河水的声音能告诉你身在何处。"],
  ],
  [
    ["The bridge was completed in December 1957, after two years and four months of work.", "大桥于一九五七年十二月建成，前后施工两年零四个月。"],
    ["It is 1,670 metres long and carries both a railway and a road.", "桥长一千六百七十米，上层是公路，下层是铁路。"],
    ["More than 30,000 workers took part in its construction.", "参加建桥的工人有三万多人。"],
    ["On the opening day, about 50,000 people crossed it on foot.", "通车那天，大约有五万人步行过桥。"],
    ["Many of them had never been to the other bank before.", "其中许多人以前从来没有到过对岸。"],
    ["An old woman said she had waited seventy years to walk across the river.", "一位老太太说，她等了七十年，才能走着过江。"],
  ],
];

export const HELD_OUT_PASSAGES: readonly Passage[] = [
  [
    ["\"Where are you going?\" the guard asked.", "“你到哪里去？”守门的人问。"],
    ["\"To the north gate,\" I answered.", "“去北门。”我回答。"],
    ["\"The north gate is closed after dark.\"", "“天黑以后北门就关了。”"],
    ["\"Then I will wait until morning.\"", "“那我就等到天亮。”"],
    ["He looked at me for a while and then pushed a stool towards me with his foot.", "他打量了我一会儿，然后用脚把一张凳子推到我面前。"],
    ["We sat together by his small fire and listened to the dogs barking in the distance.", "我们一起坐在他那堆小火旁边，听着远处的狗叫。"],
    ["Neither of us slept.", "我们俩谁也没有睡。"],
    [
      "When the bell rang at five, he stood up, opened the gate and wished me a safe journey.",
      "五点钟声响起，他站起身来，打开城门，祝我一路平安。",
    ],
  ],
  [
    ["The paper mill stood on the bank of the river, two kilometres below the town.", "造纸厂建在河岸上，在镇子下游两公里的地方。"],
    ["It employed about 800 workers, most of them women from the surrounding villages.", "厂里有八百来个工人，大多是附近村子里的妇女。"],
    ["The shifts began at six in the morning and ended at ten at night.", "早班早上六点开始，晚班夜里十点结束。"],
    [
      "In good years the mill produced 15,000 tons of paper, and the river ran white with pulp.",
      "年景好的时候，工厂能生产一万五千吨纸，河水被纸浆染得发白。",
    ],
    ["Fish disappeared from the river long before anyone thought about why.", "河里的鱼早就不见了，过了很久才有人想到是什么原因。"],
    ["The mill closed in 1998.", "一九九八年，工厂关了门。"],
    ["Today the buildings are empty, and the river is clear again.", "如今厂房空空荡荡，河水又变清了。"],
    ["Some of the old workers still come to fish there on Sundays.", "有些老工人星期天还会来这里钓鱼。"],
  ],
  [
    ["The winter I turned nine, it was so cold that the well froze.", "我九岁那年冬天，冷得连井都冻住了。"],
    ["My brother and I had to carry water from the river, breaking the ice with an axe.", "我和哥哥只好到河边去挑水，用斧头把冰凿开。"],
    ["Our hands cracked and bled, and our mother rubbed them with pig fat every night.", "我们的手裂开了口子，流着血，母亲每天晚上都给我们抹猪油。"],
    [
      "On New Year's Eve, father came home from the city with a bag of candy and a red paper lantern.",
      "除夕那天，父亲从城里回来，带了一袋糖和一盏红纸灯笼。",
    ],
    ["We hung the lantern over the door, and for one night the whole yard glowed.", "我们把灯笼挂在门上，那一夜整个院子都亮堂堂的。"],
    ["I have seen many brighter lights since then.", "从那以后，我见过许多更亮的灯。"],
    ["None of them has been as warm.", "可是没有一盏像那盏一样暖和。"],
  ],
  [
    ["Translation is a kind of listening.", "翻译是一种倾听。"],
    [
      "Before you can speak in another language, you must hear what the writer did not say.",
      "你要先听见作者没有说出来的话，然后才能用另一种语言说出来。",
    ],
    [
      "A good translator is invisible, like a window that is clean enough to forget.",
      "好的译者是看不见的，就像一扇擦得干干净净、让人忘了它存在的窗户。",
    ],
    ["But every window has a frame, and every frame decides what we see.", "但是每扇窗都有窗框，而窗框决定了我们看见什么。"],
    [
      "That is why two translations of the same poem can seem to describe two different countries.",
      "所以，同一首诗的两个译本，读起来可能像在描写两个不同的国家。",
    ],
    ["Readers often ask which one is right.", "读者常常问哪一个译本是对的。"],
    ["Perhaps the honest answer is that both are, and neither is.", "也许老实的回答是：两个都对，又都不对。"],
  ],
];
