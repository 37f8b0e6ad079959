import type { Bilingual, SectorCode } from '@torchbridge/contracts';
import type { NamePart } from './name-pools';

// Brand cores for companies founded in China: pinyin brands and the coined English names many SMEs register.
export const CN_BRANDS: readonly NamePart[] = [
  ['Qiming', '启明'],
  ['Zhixin', '智芯'],
  ['Tianyu', '天宇'],
  ['Haina', '海纳'],
  ['Ruixin', '睿信'],
  ['Xinghe', '星河'],
  ['Lingyun', '凌云'],
  ['Boyuan', '博远'],
  ['Jingwei', '经纬'],
  ['Zhiyuan', '致远'],
  ['Mingde', '明德'],
  ['Huiming', '慧明'],
  ['Xinrui', '芯锐'],
  ['Tianqi', '天启'],
  ['Yunfan', '云帆'],
  ['Haoyu', '浩宇'],
  ['Ruiying', '睿影'],
  ['Jiayuan', '嘉源'],
  ['Anrui', '安瑞'],
  ['Weilan', '蔚蓝'],
  ['Qingyun', '青云'],
  ['Zhiheng', '智衡'],
  ['Dingxin', '鼎新'],
  ['Kangyuan', '康源'],
  ['Hengyu', '恒宇'],
  ['Jinghong', '晶鸿'],
  ['Yaoguang', '瑶光'],
  ['Tianshu', '天枢'],
  ['Kaiyang', '开阳'],
  ['Yuheng', '玉衡'],
  ['Xuanji', '璇玑'],
  ['Yunhai', '云海'],
  ['Xiguang', '曦光'],
  ['Hongtu', '鸿图'],
  ['Jiuzhou', '九州'],
  ['Hanhai', '瀚海'],
  ['Guanlan', '观澜'],
  ['Qianyuan', '乾元'],
  ['Yuanhang', '远航'],
  ['Zhiguang', '智光'],
  ['Mingyue', '明月'],
  ['Shanhe', '山河'],
  ['Zijing', '紫荆'],
  ['Taihe', '泰和'],
  ['Jingyuan', '景源'],
  ['Aurora', '极光'],
  ['Nova', '新星'],
  ['Polaris', '北辰'],
  ['Zenith', '天顶'],
  ['Orion', '猎户'],
  ['Lyra', '天琴'],
  ['Vega', '织女'],
  ['Sirius', '天狼'],
  ['Cygnus', '天鹅'],
  ['Apex', '峰锐'],
  ['Vista', '远见'],
  ['Clearwave', '清波'],
  ['Bluepeak', '蓝峰'],
  ['Silverstone', '银石'],
  ['Greenleaf', '青叶'],
  ['Starlit', '星耀'],
  ['Maple', '枫叶'],
  ['Crystalis', '晶曜'],
  ['Lumina', '流明'],
  ['Brightpath', '明途'],
  ['Novacore', '新核'],
  ['Seastar', '海星'],
  ['Skylark', '云雀'],
  ['Ironwood', '铁木'],
  ['Pinecone', '松果'],
];

// Brand cores for companies founded in Europe, with the transliterations they use on Chinese-language material.
export const EU_BRANDS: Readonly<Record<'DE' | 'GB', readonly NamePart[]>> = {
  DE: [
    ['Lindenwerk', '林登沃克'],
    ['Spreeline', '施普雷'],
    ['Falkenberg', '法尔肯贝格'],
    ['Isarwerk', '伊萨尔'],
    ['Tempelhof', '滕珀尔霍夫'],
    ['Moabit', '莫阿比特'],
    ['Elbtal', '易北谷'],
    ['Wannsee', '万湖'],
    ['Kepler', '开普勒'],
    ['Kinetiq', '凯尼蒂克'],
    ['Aeris', '艾瑞斯'],
    ['Helix', '赫利克斯'],
    ['Solvia', '索维亚'],
    ['Cobaltis', '科巴蒂斯'],
    ['Nordwerk', '诺德沃克'],
    ['Havelstein', '哈弗尔施泰因'],
  ],
  GB: [
    ['Kestrel', '凯斯特'],
    ['Thameside', '泰晤士'],
    ['Albion', '阿尔比恩'],
    ['Hartwell', '哈特韦尔'],
    ['Oakridge', '橡岭'],
    ['Northbeam', '北光'],
    ['Veritas', '维里塔斯'],
    ['Arcadia', '阿卡迪亚'],
    ['Meridian', '子午线'],
    ['Sterling', '斯特林'],
    ['Ashford', '阿什福德'],
    ['Bramley', '布拉姆利'],
    ['Fennwick', '芬威克'],
    ['Brightwave', '明波'],
    ['Vireo', '维瑞欧'],
  ],
};

// Name endings that fit anything a sector's companies make; products below add more specific ones.
export const SECTOR_SUFFIXES: Readonly<Record<SectorCode, readonly NamePart[]>> = {
  semiconductors: [
    ['Semiconductor', '半导体'],
    ['Microelectronics', '微电子'],
  ],
  'advanced-materials': [
    ['Advanced Materials', '新材料'],
    ['Materials', '材料科技'],
  ],
  biotech: [
    ['Biotech', '生物科技'],
    ['Bio', '生物'],
  ],
  'medical-devices': [
    ['Medical', '医疗科技'],
    ['Medtech', '医疗器械'],
  ],
  nev: [
    ['Automotive', '汽车科技'],
    ['Mobility', '智能出行'],
  ],
  'new-energy': [
    ['Energy', '能源科技'],
    ['New Energy', '新能源'],
  ],
  'smart-manufacturing': [
    ['Automation', '自动化'],
    ['Industrial Tech', '工业科技'],
  ],
  ai: [
    ['AI', '人工智能'],
    ['Intelligence', '智能科技'],
  ],
  software: [
    ['Software', '软件'],
    ['Digital', '数字科技'],
  ],
  'communication-equipment': [
    ['Communications', '通信'],
    ['Telecom', '通信技术'],
  ],
  optoelectronics: [
    ['Photonics', '光电'],
    ['Optoelectronics', '光电子'],
  ],
  aerospace: [
    ['Aerospace', '航空航天'],
    ['Aerotech', '航天科技'],
  ],
  agritech: [
    ['AgriTech', '农业科技'],
    ['Agro', '农科'],
  ],
  cleantech: [
    ['CleanTech', '环保科技'],
    ['Environmental', '环境技术'],
  ],
  fintech: [
    ['Fintech', '金融科技'],
    ['Finance', '金融服务'],
  ],
};

export interface Product extends Bilingual {
  /** Name endings that only fit this product. */
  suffixes?: readonly NamePart[];
}

// What a company does, as a verb phrase following its name: "<name> designs …" / "<名称>研发……".
export const SECTOR_PRODUCTS: Readonly<Record<SectorCode, readonly Product[]>> = {
  semiconductors: [
    {
      en: 'designs RISC-V microcontrollers for battery-powered sensors',
      zh: '研发面向电池供电传感器的RISC-V微控制器',
      suffixes: [['Silicon', '芯片科技']],
    },
    {
      en: 'makes silicon-carbide power MOSFETs for on-board chargers',
      zh: '生产用于车载充电机的碳化硅功率MOSFET',
      suffixes: [['Power Semiconductor', '功率半导体']],
    },
    {
      en: 'designs low-power AI inference chips for smart cameras',
      zh: '设计面向智能摄像头的低功耗AI推理芯片',
      suffixes: [['Silicon', '芯片科技']],
    },
    { en: 'builds wafer-level probe cards for advanced packaging', zh: '制造用于先进封装的晶圆级测试探针卡' },
    {
      en: 'designs analog front-end chips for industrial sensors',
      zh: '设计面向工业传感器的模拟前端芯片',
      suffixes: [['Silicon', '芯片科技']],
    },
  ],
  'advanced-materials': [
    {
      en: 'makes graphene-enhanced thermal pads for power electronics',
      zh: '生产用于电力电子的石墨烯导热垫片',
      suffixes: [['Nanotech', '纳米科技']],
    },
    {
      en: 'develops bio-based epoxy resins for wind-turbine blades',
      zh: '研发用于风电叶片的生物基环氧树脂',
      suffixes: [['Composites', '复合材料']],
    },
    { en: 'makes ceramic-coated separators that make lithium cells safer', zh: '生产提升锂电池安全性的陶瓷涂覆隔膜' },
    {
      en: 'develops rare-earth-free permanent magnets for motors',
      zh: '研发用于电机的无稀土永磁材料',
      suffixes: [['Magnetics', '磁材科技']],
    },
    {
      en: 'produces carbon-fibre composite panels for rail vehicles',
      zh: '生产用于轨道车辆的碳纤维复合材料板材',
      suffixes: [['Composites', '复合材料']],
    },
  ],
  biotech: [
    {
      en: 'develops bispecific antibodies for solid tumours',
      zh: '研发针对实体瘤的双特异性抗体',
      suffixes: [
        ['Therapeutics', '生物制药'],
        ['Biopharma', '生物医药'],
      ],
    },
    {
      en: 'develops mRNA vaccines for livestock',
      zh: '研发用于畜牧业的mRNA疫苗',
      suffixes: [['Animal Health', '动物保健']],
    },
    {
      en: 'engineers enzymes that replace harsh chemicals in textile dyeing',
      zh: '开发可替代纺织印染中强腐蚀性化学品的工业酶',
    },
    { en: 'makes a CRISPR-based rapid test for plant pathogens', zh: '推出基于CRISPR的植物病原快速检测产品' },
    { en: 'produces cell-culture media free of animal serum', zh: '生产不含动物血清的细胞培养基' },
  ],
  'medical-devices': [
    {
      en: 'makes handheld ultrasound probes that connect to a phone',
      zh: '生产可连接手机的掌上超声探头',
      suffixes: [['Imaging', '医学影像']],
    },
    {
      en: 'builds AI-assisted retinal cameras for primary-care clinics',
      zh: '打造面向基层诊所的AI辅助眼底相机',
      suffixes: [['Imaging', '医学影像']],
    },
    { en: 'makes wearable ECG patches for post-operative monitoring', zh: '生产用于术后监测的可穿戴心电贴' },
    {
      en: 'develops single-use endoscopes for urology',
      zh: '研发泌尿外科一次性内窥镜',
      suffixes: [['Endoscopy', '内镜']],
    },
    {
      en: 'builds point-of-care analysers for sepsis markers',
      zh: '打造检测脓毒症标志物的即时检验分析仪',
      suffixes: [['Diagnostics', '诊断技术']],
    },
  ],
  nev: [
    { en: 'builds wireless battery-management systems for electric buses', zh: '打造用于电动公交的无线电池管理系统' },
    {
      en: 'develops integrated e-axles for light commercial vans',
      zh: '研发面向轻型商用车的集成电驱桥',
      suffixes: [['E-Drive', '电驱动']],
    },
    {
      en: 'makes bidirectional wallboxes for vehicle-to-grid charging',
      zh: '生产支持车网互动的双向交流充电桩',
      suffixes: [['Charging', '充电科技']],
    },
    { en: 'designs thermal-management modules for battery packs', zh: '设计电池包热管理模块' },
  ],
  'new-energy': [
    {
      en: 'builds sodium-ion storage cabinets for commercial buildings',
      zh: '打造用于商业楼宇的钠离子储能柜',
      suffixes: [['Energy Storage', '储能科技']],
    },
    {
      en: 'sells balcony solar kits with plug-in micro-inverters',
      zh: '销售带即插式微型逆变器的阳台光伏套件',
      suffixes: [['Solar', '光伏科技']],
    },
    {
      en: 'develops PEM electrolyser stacks for green hydrogen',
      zh: '研发用于绿氢制取的PEM电解槽电堆',
      suffixes: [['Hydrogen', '氢能科技']],
    },
    {
      en: 'makes portable power stations for off-grid work sites',
      zh: '生产用于离网作业现场的便携式储能电源',
      suffixes: [['Power', '电源科技']],
    },
    { en: 'writes energy-management software for solar-plus-storage sites', zh: '开发光储电站能量管理软件' },
  ],
  'smart-manufacturing': [
    {
      en: 'builds collaborative robot arms for small-batch assembly',
      zh: '打造面向小批量装配的协作机械臂',
      suffixes: [['Robotics', '机器人']],
    },
    {
      en: 'provides machine-vision inspection for PCB assembly lines',
      zh: '为PCB组装线提供机器视觉检测',
      suffixes: [['Vision', '视觉科技']],
    },
    { en: 'makes predictive-maintenance sensors for CNC machines', zh: '生产用于数控机床的预测性维护传感器' },
    {
      en: 'builds autonomous mobile robots for factory intralogistics',
      zh: '打造用于工厂内部物流的自主移动机器人',
      suffixes: [['Robotics', '机器人']],
    },
    {
      en: 'runs an industrial-IoT platform that connects legacy PLCs',
      zh: '运营连接存量PLC设备的工业物联网平台',
      suffixes: [['Industrial Internet', '工业互联网']],
    },
  ],
  ai: [
    {
      en: 'builds large-language-model agents that prepare customs declarations',
      zh: '打造可自动准备报关单的大语言模型智能体',
    },
    {
      en: 'offers multilingual speech recognition for call centres',
      zh: '提供面向呼叫中心的多语种语音识别',
      suffixes: [['Voice', '语音科技']],
    },
    {
      en: 'uses computer vision to improve construction-site safety',
      zh: '利用计算机视觉提升工地安全',
      suffixes: [['Vision', '视觉科技']],
    },
    { en: 'builds AI copilots for CAD engineers', zh: '打造面向CAD工程师的AI助手' },
    { en: 'trains document-understanding models for trade finance', zh: '训练用于贸易融资的文档理解模型' },
  ],
  software: [
    {
      en: 'sells supplier-compliance software for EU due-diligence rules',
      zh: '销售满足欧盟尽职调查法规的供应商合规软件',
    },
    {
      en: 'runs a low-code platform for factory workflows',
      zh: '运营面向工厂流程的低代码平台',
      suffixes: [['Cloud', '云计算']],
    },
    {
      en: 'builds carbon-footprint software for digital product passports',
      zh: '开发用于数字产品护照的碳足迹软件',
      suffixes: [['Data', '数据科技']],
    },
    { en: 'offers cross-border e-invoicing software', zh: '提供跨境电子发票软件' },
    { en: 'runs a localisation platform for hardware manuals', zh: '运营面向硬件产品说明书的本地化平台' },
  ],
  'communication-equipment': [
    {
      en: 'makes 5G RedCap modules for industrial IoT',
      zh: '生产面向工业物联网的5G RedCap模组',
      suffixes: [['Wireless', '无线科技']],
    },
    {
      en: 'builds private 5G base stations for ports and mines',
      zh: '打造用于港口和矿山的5G专网基站',
      suffixes: [['Networks', '网络科技']],
    },
    {
      en: 'makes LoRaWAN gateways for smart metering',
      zh: '生产用于智能抄表的LoRaWAN网关',
      suffixes: [['Wireless', '无线科技']],
    },
    {
      en: 'builds satellite IoT terminals for cold-chain tracking',
      zh: '打造用于冷链追踪的卫星物联网终端',
      suffixes: [['Satcom', '卫星通信']],
    },
    {
      en: 'designs Wi-Fi 7 access points for enterprise campuses',
      zh: '设计面向企业园区的Wi-Fi 7接入点',
      suffixes: [['Networks', '网络科技']],
    },
  ],
  optoelectronics: [
    {
      en: 'builds compact solid-state lidar for warehouse robots',
      zh: '打造用于仓储机器人的紧凑型固态激光雷达',
      suffixes: [['Lidar', '激光雷达']],
    },
    { en: 'makes UV-C LED modules for water disinfection', zh: '生产用于水消毒的UV-C LED模组' },
    {
      en: 'builds hyperspectral cameras for food-sorting lines',
      zh: '打造用于食品分选线的高光谱相机',
      suffixes: [['Optics', '光学']],
    },
    {
      en: 'develops micro-LED displays for AR glasses',
      zh: '研发用于AR眼镜的Micro-LED显示屏',
      suffixes: [['Display', '显示技术']],
    },
    {
      en: 'makes fibre-laser sources for battery-tab welding',
      zh: '生产用于电池极耳焊接的光纤激光器',
      suffixes: [['Laser', '激光']],
    },
    { en: 'designs silicon-photonics transceivers for data-centre links', zh: '设计用于数据中心互连的硅光光模块' },
  ],
  aerospace: [
    {
      en: 'builds electric propulsion units for small satellites',
      zh: '打造用于小卫星的电推进装置',
      suffixes: [['Space', '空间技术']],
    },
    {
      en: 'develops flight-control computers for eVTOL aircraft',
      zh: '研发eVTOL飞行器的飞控计算机',
      suffixes: [['Avionics', '航电']],
    },
    {
      en: 'runs drone-based inspection of power lines',
      zh: '提供基于无人机的输电线路巡检服务',
      suffixes: [['Drones', '无人机']],
    },
    { en: 'makes 3D-printed titanium brackets for aircraft cabins', zh: '生产用于飞机客舱的3D打印钛合金支架' },
  ],
  agritech: [
    { en: 'builds vertical-farming systems for leafy greens', zh: '打造叶菜类垂直农场系统' },
    { en: 'makes soil sensors and irrigation controllers for orchards', zh: '生产用于果园的土壤传感器和灌溉控制器' },
    {
      en: 'offers drone crop-spraying services for smallholder farms',
      zh: '为小农户提供无人机植保服务',
      suffixes: [['Drones', '无人机']],
    },
    { en: 'produces insect-protein feed for aquaculture', zh: '生产用于水产养殖的昆虫蛋白饲料' },
  ],
  cleantech: [
    {
      en: 'builds membrane systems that recycle industrial wastewater',
      zh: '打造回收工业废水的膜处理系统',
      suffixes: [['Water', '水务科技']],
    },
    {
      en: 'runs battery-recycling lines that recover lithium and cobalt',
      zh: '运营回收锂和钴的电池回收产线',
      suffixes: [['Recycling', '循环科技']],
    },
    { en: 'detects methane leaks in gas networks', zh: '提供燃气管网甲烷泄漏检测' },
    { en: 'makes heat-pump controllers for retrofitted apartment blocks', zh: '生产用于老旧住宅改造的热泵控制器' },
  ],
  fintech: [
    { en: 'offers FX-hedging tools for small exporters', zh: '为小型出口企业提供外汇套期保值工具' },
    { en: 'provides supply-chain finance to electronics suppliers', zh: '为电子元器件供应商提供供应链金融服务' },
    {
      en: 'sells anti-money-laundering screening APIs',
      zh: '销售反洗钱筛查API',
      suffixes: [['Risk Analytics', '风控科技']],
    },
    {
      en: 'runs cross-border payroll for distributed teams',
      zh: '为分布式团队提供跨境薪酬发放服务',
      suffixes: [['Payments', '支付科技']],
    },
  ],
};

// Plausible second sectors, so a startup's pair of sectors reads like one business.
export const RELATED_SECTORS: Readonly<Record<SectorCode, readonly SectorCode[]>> = {
  semiconductors: ['ai', 'communication-equipment', 'optoelectronics'],
  'advanced-materials': ['new-energy', 'nev', 'aerospace'],
  biotech: ['medical-devices', 'agritech'],
  'medical-devices': ['ai', 'biotech'],
  nev: ['new-energy', 'smart-manufacturing'],
  'new-energy': ['cleantech', 'nev'],
  'smart-manufacturing': ['ai', 'software'],
  ai: ['software', 'smart-manufacturing'],
  software: ['ai', 'fintech'],
  'communication-equipment': ['semiconductors', 'software'],
  optoelectronics: ['communication-equipment', 'semiconductors'],
  aerospace: ['advanced-materials', 'communication-equipment'],
  agritech: ['ai', 'biotech'],
  cleantech: ['new-energy', 'advanced-materials'],
  fintech: ['software', 'ai'],
};

export const MARKET_NAMES: Readonly<Record<string, Bilingual>> = {
  CN: { en: 'China', zh: '中国' },
  HK: { en: 'Hong Kong', zh: '香港' },
  SG: { en: 'Singapore', zh: '新加坡' },
  DE: { en: 'Germany', zh: '德国' },
  FR: { en: 'France', zh: '法国' },
  NL: { en: 'the Netherlands', zh: '荷兰' },
  IT: { en: 'Italy', zh: '意大利' },
  ES: { en: 'Spain', zh: '西班牙' },
  GB: { en: 'the UK', zh: '英国' },
  SE: { en: 'Sweden', zh: '瑞典' },
  PL: { en: 'Poland', zh: '波兰' },
  CH: { en: 'Switzerland', zh: '瑞士' },
  AT: { en: 'Austria', zh: '奥地利' },
  DK: { en: 'Denmark', zh: '丹麦' },
  BE: { en: 'Belgium', zh: '比利时' },
  CZ: { en: 'Czechia', zh: '捷克' },
};
