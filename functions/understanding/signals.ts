// Signals that decide whether a human must step in (or the bot must refuse), found by multilingual
// patterns rather than the intent model: they have to work even when the intent is something else,
// e.g. a late order with a chargeback threat. The threat, handoff, billing and anger cues are matched
// against the folded text (lower case, no accents, Simplified Han, unified Arabic letters), so they hold
// when shoppers drop accents or type in the other Chinese script; write them naturally, `foldPattern`
// folds them the same way.
import type { Language, Signals } from '../core/types';
import { canonicalText, foldPattern, foldText } from './normalize';

export type { Signals };

// "share on Instagram for a discount?" is a promotion, not a threat.
const PROMO =
  '(?:discount|coupon|promo|giveaway|voucher|diskon|diskaun|baucar|descuento|desconto|cupom|cup[oó]n|sorteio|sorteo|rabatt|korting|sconto|indirim|rabat|reduction)';
const NOT_PROMO = `(?<!${PROMO}[^?.!]*)(?![^?.!]*${PROMO})`;

interface ThreatCues {
  /** Chargebacks and payment disputes, bad reviews, exposing the shop in public. */
  reputation: readonly string[];
  /** Lawyers, courts, the police, consumer agencies. */
  legal: readonly string[];
}

// Each threat is a verb with its object ("dispute the charge", "post it on TikTok"), not a bare noun: "bank
// transfer", "review my order", "can I check on Instagram?" and "court shoes" are innocent.
const THREATS: Record<Language, ThreatCues> = {
  en: {
    reputation: [
      // "can you reverse the payment?" asks the shop for a refund; disputing it goes over the shop's head.
      'charge ?backs?\\b|chargebak|(?:disput|contest)\\w* (?:the |this |that |my )?(?:charge|payment|transaction|purchase)',
      '(?:open|opening|file|filing|raise|start)\\w* (?:a )?(?:dispute|claim|case)\\b[^?.!]{0,20}\\b(?:paypal|bank|card|visa|amex|mastercard)',
      '(?:paypal|bank|credit card|visa|amex|mastercard) (?:claim|dispute)\\b|paypal case',
      '(?:tell|telling|call|calling|contact|contacting|complain\\w* to|report\\w* (?:you |this |it )?to|go(?:ing)? to|gonna go to) (?:my|the) (?:bank|card company|credit card company|card issuer)\\b',
      // "the 1 star reviews say it runs small" quotes other shoppers.
      '(?<!(?:the|those|these|your|some|read|reading) )(?:bad|negative|terrible|awful|horrible|1[- ]?star|one[- ]star|zero[- ]star|0[- ]star|scathing) (?:review|rating|feedback)',
      '(?:give|giving|leave|leaving|rate|rating|get|getting)\\w* (?:you |u |it |this |them )?(?:a |only )?(?:1|one|zero|0)[- ]?stars?\\b|reviews? (?:everywhere|on every)',
      `(?:post|posting|share|sharing|put|putting|upload|uploading|expose|exposing|blast|warn|warning)\\w*\\b[^?.!]{0,25}\\b(?:on|to|all over) (?:social media|tiktok|twitter|x|instagram|ig|facebook|fb|reddit|youtube|trustpilot|yelp|my followers)\\b${NOT_PROMO}`,
      '\\bexpose (?:you|u|your|this)|name and shame|put (?:you|u) on blast|(?:go|make (?:this|it)) viral|warn (?:everyone|others|people|my followers)',
    ],
    legal: [
      'lawyer|attorney|solicitor|legal (?:action|steps|proceedings)|lawsuit|small claims|consumer protection|trading standards',
      "(?:take|taking) (?:you|u|this|it) to court|see you in court|\\b(?:sue|suing|sued) (?:you|u|your|the company|this)|i'?ll sue\\b",
      '\\b(?:ftc|bbb)\\b (?:complaint|report)|report\\w* (?:you |this |it )?to (?:the )?(?:ftc|bbb|better business bureau|consumer (?:protection|affairs)|authorities|police)',
      '(?:file|filing) (?:a )?(?:complaint|report) with (?:the )?(?:ftc|bbb|police|consumer)|better business bureau|police report|\\bcall(?:ing)? (?:the )?(?:police|cops)',
      '(?<!(?:basketball|tennis|food|volleyball|badminton|squash) )\\bcourt\\b(?! (?:shoes?|heels?|pumps?|sneakers?|trainers?))',
    ],
  },
  es: {
    reputation: [
      'contra ?cargo|desconoc\\w* (?:el |la |los |este |esta )?(?:cargo|compra|pago|cobro)',
      '(?:abrir|abro|abrir[eé]|poner|pongo|pondr[eé]|hacer|har[eé]|levantar|levanto)\\w* (?:un |una )?(?:disputa|reclamo|reclamaci[oó]n|queja|contracargo)\\b[^?.!]{0,20}\\b(?:banco|paypal|tarjeta|visa|mastercard)',
      '(?:disputa|reclamo|reclamaci[oó]n) (?:en|con|a|ante) (?:el |mi )?(?:banco|paypal|tarjeta)',
      // "voy al banco a depositar" is how some pay: going to the bank is no threat, telling it is.
      '(?:decirle|decir|hablar|llamar|avisar|reportar|reportarlo|quejarme)\\w* (?:a |con |al )?(?:mi |el )?banco\\b',
      '(?:mala|p[eé]sima|negativa|terrible) (?:rese[nñ]a|calificaci[oó]n|opini[oó]n|valoraci[oó]n|review)|rese[nñ]a (?:mala|negativa)',
      '\\b(?:1|cero|0) estrellas?\\b|(?:doy|dar|dejo|dejar|pongo|poner|les|le)\\w* (?:una|1) estrella',
      '\\b(?:exponer|exponerlos|exhibir|exhibirlos|funar|funarlos|los funo|escrachar|escrache|quemarlos)\\b',
      `(?:subir|subirlo|publicar|publicarlo|postear|compartir|balconear)\\w*\\b[^?.!]{0,25}\\b(?:redes|facebook|face|tiktok|twitter|instagram|insta|youtube)\\b${NOT_PROMO}`,
    ],
    legal: [
      'abogad[oa]s?|demandar\\w*|(?:poner|pondr[eé]|meter|meto|interponer)\\w* (?:una )?demanda|demanda (?:legal|judicial|contra)',
      '\\bdenunci(?:a|ar|arlos|ar[eé]|o)\\b|profeco|sernac|indecopi|\\bocu\\b|\\bomic\\b|hoja de reclamaciones',
      'defensa del consumidor|oficina del consumidor|superintendencia|acci[oó]n(?:es)? legal(?:es)?|medidas legales|v[ií]a legal',
      'juzgado|tribunal(?:es)?|(?:llev\\w*|ir|voy|vamos) a juicio|polic[ií]a',
    ],
  },
  'pt-BR': {
    reputation: [
      '(?:pedir|pedi|vou pedir|solicitar|solicitei|abrir|abri)\\w* (?:o |um )?(?:estorno|chargeback|contesta[cç][aã]o) (?:no|com o|junto ao|pelo) (?:cart[aã]o|banco)',
      'contest(?:ar|o|ei|a[cç][aã]o)\\w* (?:a |essa |esta |da )?(?:compra|cobran[cç]a|transa[cç][aã]o)|contestar no cart[aã]o',
      '(?:falar|ligar|reclamar|ir) (?:com|no|pro|para o) (?:meu |o )?banco\\b|disputa no paypal',
      'reclame ?aqui|(?:avalia[cç][aã]o|nota|review|coment[aá]rio) (?:negativa|ruim|p[eé]ssima|1|um)\\b|\\b(?:1|zero) estrelas?\\b|(?:dou|dar|vou dar|deixo|deixar) (?:uma|1) estrela',
      '\\b(?:expor|expondo|exponho|queimar|queimando) (?:voc[eê]s|vcs|a loja|essa loja|tudo)|boca no trombone',
      `(?:postar|postando|publicar|espalhar|divulgar|colocar|jogar)\\w*\\b[^?.!]{0,25}\\b(?:redes|instagram|insta|tiktok|twitter|facebook|face|youtube|grupo)\\b${NOT_PROMO}`,
    ],
    legal: [
      'procon|advogad\\w*|\\bprocess(?:ar|ando|arei)\\b|processo judicial|(?:na|entrar na|pra|para a) justi[cç]a|juizado|pequenas causas',
      'defesa do consumidor|\\bcdc\\b|consumidor\\.gov|boletim de ocorr[eê]ncia|pol[ií]cia',
    ],
  },
  id: {
    reputation: [
      'chargeback|(?:komplain|lapor|laporin|adukan|ngadu|mengadu)\\w* (?:ke |ke pihak )?(?:bank|paypal|kartu kredit)\\b',
      '(?:bintang|rating) (?:1|satu)\\b|(?:review|ulasan|rating)\\w* (?:jelek|buruk|negatif)',
      'viral(?:kan|in)\\b|bikin viral|biar viral',
      `(?:spill|sebar|sebarin|sebarkan|posting|upload|up)\\w*\\b[^?.!]{0,20}\\b(?:sosmed|medsos|twitter|tiktok|instagram|ig|fb|facebook|grup)\\b${NOT_PROMO}`,
      '(?:lapor|laporin|laporkan)\\w* (?:ke )?(?:shopee|tokopedia|tokped|lazada)',
    ],
    legal: [
      'pengacara|(?:lapor|laporin|laporkan|panggil)\\w* (?:ke )?polisi|\\b(?:tuntut|menuntut|dituntut)\\w*|somasi',
      'jalur hukum|ranah hukum|proses hukum|pengadilan|\\bbpsk\\b|\\bylki\\b|\\bojk\\b',
    ],
  },
  ms: {
    reputation: [
      '(?:report|adu|lapor|komplen|complain)\\w* (?:kat |ke |dekat |pada )?(?:bank|paypal|card)\\b',
      '(?:bintang|star|rating) (?:1|satu)\\b|(?:review|ulasan|rating) (?:teruk|buruk|negatif)',
      '\\btular\\w*|\\bviral ?kan\\b',
      `(?:post|sebar|share|upload|naikkan)\\w*\\b[^?.!]{0,20}\\b(?:fb|facebook|tiktok|twitter|ig|instagram|group|media sosial|socmed)\\b${NOT_PROMO}`,
    ],
    legal: [
      'peguam|(?:nak |akan |boleh )saman\\b|saman (?:korang|kau|you|syarikat|kedai)|mahkamah|tribunal',
      '\\bkpdn\\w*|kementerian perdagangan|(?:report|lapor|buat report)\\w* (?:kat |ke )?polis\\b|\\bpolis\\b|tindakan undang|undang-undang',
    ],
  },
  th: {
    reputation: [
      'แจ้ง(?:ธนาคาร|แบงค์|บัตร)|ติดต่อธนาคาร|ปฏิเสธ(?:การ)?(?:ชำระ|จ่าย)|ขอเงินคืนจากบัตร',
      'รีวิว(?:แย่|ไม่ดี|ด่า)|(?:ให้|รีวิว|กด) ?(?:1|หนึ่ง) ?ดาว|ดาวเดียว|แฉ|ประจาน|ให้(?:เป็น)?กระแส',
      '(?:ลง|โพสต์|โพส)(?:ใน|ลง)?(?:โซเชียล|เฟส|เฟซ|facebook|fb|พันทิป|pantip|ทวิต|twitter|tiktok|ติ๊กต๊อก|ไอจี|ig)',
    ],
    legal: ['ทนาย|ฟ้อง|แจ้งความ|สคบ|ตำรวจ|ดำเนินคดี|ศาล(?!า)|ทางกฎหมาย'],
  },
  vi: {
    reputation: [
      '(?:khiếu nại|báo|tố cáo|liên hệ|gọi)\\w* (?:với |cho |lên )?(?:ngân hàng|bank|paypal)\\b',
      '(?:đánh giá|review|rate|cho|vote) ?(?:1|một) ?sao|đánh giá (?:xấu|tệ|thấp)|review (?:tệ|xấu)',
      '\\bbóc phốt|\\bphốt\\b|tố shop|cho cả (?:thế giới|mạng) biết',
      '(?:đăng|up|post|share|đưa)\\w*\\b[^?.!]{0,15}\\b(?:lên )?(?:mạng|face|facebook|fb|tiktok|group|hội nhóm|zalo)\\b',
    ],
    legal: [
      'luật sư|khởi kiện|kiện (?:shop|bên|các bạn|mày|chúng mày|công ty)|(?:đi|sẽ|tôi|em|mình|tao) kiện\\b(?! hàng)',
      '(?:báo|trình báo|tố cáo)\\w* (?:với |lên |cho )?công an|công an|tòa án|ra tòa|bảo vệ (?:quyền lợi )?người tiêu dùng|hội người tiêu dùng|cục cạnh tranh|pháp luật|pháp lý',
    ],
  },
  ja: {
    reputation: [
      'チャージバック|(?:カード会社|クレジット会社|銀行|ペイパル|paypal)[^?？。]{0,6}(?:連絡|相談|異議|申し立て|通報)',
      '悪い(?:レビュー|評価|口コミ)|低評価|星(?:1|ひとつ|一つ)|★1|最低評価',
      '晒(?:す|し|します|され)|拡散|(?:sns|twitter|ツイッター|インスタ|tiktok|口コミ|レビュー)[^?？。]{0,4}(?:に|で)(?:書|投稿|載せ|晒|拡散)',
    ],
    legal: [
      '弁護士|訴え|訴訟|裁判|消費者センター|消費生活センター|国民生活センター|警察|被害届|法的(?:措置|手段|対応)',
    ],
  },
  'zh-Hans': {
    reputation: [
      '拒付|(?:找|联系|打给|投诉到|告诉)(?:我的)?(?:银行|信用卡中心|发卡行)|(?:银行|信用卡|paypal)[^?？。]{0,4}(?:申诉|投诉|争议)',
      // "晒单" (posting a photo review) is praise: only exposure counts.
      '差评|一星(?!期)|1星(?!期)|曝光|(?:发|挂|晒)(?:到)?(?:微博|抖音|小红书|朋友圈|网上|群里|知乎)|挂你们|晒出来',
    ],
    legal: [
      '律师|起诉|告你们|去告|法院|消协|消费者协会|(?:打|投诉|举报|找|去)\\s?12315|工商局|市场监管|报警|法律途径|走法律',
    ],
  },
  'zh-Hant': {
    reputation: [
      '刷退|拒付|(?:發卡銀行|銀行|信用卡)[^?？。]{0,4}(?:申訴|爭議|投訴)',
      '負評|差評|一星(?!期)|1星(?!期)|爆料|po上網|po網|公審|放上網|(?<![a-z])(?:ptt|dcard)(?![a-z])',
    ],
    legal: ['律師|提告|告你們|法院|消保官|消保|消基會|消委會|小額錢債|審裁處|報警|(?:打|撥|投訴)\\s?1950'],
  },
  ko: {
    reputation: [
      '차지백|(?:카드사|은행|페이팔|paypal)[^?.!]{0,6}(?:이의\\s?제기|신고|민원|분쟁)|이의\\s?제기',
      '(?:별점|리뷰)\\s?테러|(?:리뷰|후기|평점)\\s?(?:최악|나쁘게|안\\s?좋게)|별점\\s?(?:1|일|한\\s?개|하나)|악평|(?:나쁜|안\\s?좋은|최악)\\s?(?:리뷰|후기|평가)|(?:리뷰|후기)(?:에)?\\s?다\\s?(?:쓸|남길|올릴|적을)',
      '(?:커뮤니티|커뮤|인스타|sns|블로그|맘카페|유튜브|트위터|틱톡)[^?.!]{0,4}(?:에|에다)?\\s?(?:올릴|올리|퍼뜨|다 쓸)|공론화|폭로',
    ],
    legal: [
      // "고소해요" is also "tastes nutty": only suing forms count.
      '고소(?:할|하겠|합니다|장|하려|해 버|할게|할 거|당)|소송|변호사|소비자원|(?<!\\d)1372(?!\\d)|공정위|공정거래위원회|경찰|법적\\s?(?:조치|대응|절차)|고발',
    ],
  },
  ar: {
    reputation: [
      '(?:اكلم|بكلم|هكلم|راح اكلم|اتصل ب|ابلغ|اشتكي ل|اشتكي عند|بروح|راح اروح|هروح)\\s?(?:ال)?بنك|اعتراض\\s?(?:على|عند|لدى)?\\s?(?:ال)?(?:عمليه|مبلغ|بنك|بطاقه|دفع)|بعترض|أعترض|هعترض',
      '(?:تقييم|ريفيو|مراجعه)\\s?(?:سيء|سيئ|سلبي|وحش|زفت)|نجمه وحده',
      'فضحكم|افضحكم|فضيحه|سأشهر|بشهر فيكم|تشهير',
      '(?:انشر|بنشر|هنشر|راح انشر|انزل|بنزل)[^?؟.!]{0,15}(?:تويتر|سناب|انستا|تيك ?توك|فيس|السوشيال|مواقع التواصل)',
    ],
    legal: [
      'محامي|(?:ال)?محكمه|حمايه المستهلك|وزاره التجاره|بلاغ\\s?(?:رسمي|ضد|للشرطه)|شكوي رسميه|(?:ال)?شرطه',
      '(?:ارفع|برفع|هرفع|راح ارفع)\\s?(?:عليكم\\s?)?(?:قضيه|دعوي)|قضيه ضد',
    ],
  },
  fr: {
    reputation: [
      '(?:faire|fais|ferai|fait|vais faire) (?:une )?opposition|opposition (?:bancaire|sur (?:le |mon )?(?:paiement|cb|carte))',
      '\\blitige\\b|retrofacturation|contest(?:er|e|erai)\\w* (?:le |la |ce |cette )?(?:paiement|prelevement|transaction|debit|achat)',
      '(?:prevenir|appeler|contacter|voir) (?:ma|la) banque',
      '(?:avis|commentaire|note) (?:negati|mauvais|desastreux)|(?:mauvais|pire) (?:avis|commentaire|note)|\\b(?:1|zero) etoiles?\\b|(?:mettre|mets|mettrai|donner|donne|laisser|laisse) (?:une|1) etoile',
      '(?:vais|va|allons) (?:vous |te )signaler|signaler (?:votre|ce|cette|la) (?:boutique|site|vendeur|magasin|arnaque)|mauvaise pub',
      `(?:afficher|balancer|poster|publier|partager|denoncer)\\w*\\b[^?.!]{0,25}\\b(?:reseaux|twitter|facebook|insta|instagram|tiktok|trustpilot|avis verifies|forum)\\b${NOT_PROMO}`,
    ],
    legal: [
      'avocat|tribunal|(?:porter|porte|porterai|deposer|depose|deposerai) (?:une )?plainte|plainte (?:contre|a la police|aupres)',
      'dgccrf|60 ?millions|que choisir|\\bufc\\b|associations? de consommateurs|conciliateur|mediateur',
      'en justice|poursuites? judiciaires|mise en demeure|gendarmerie|(?:la|a la|appeler la|prevenir la) police\\b|signal ?conso',
    ],
  },
  de: {
    reputation: [
      'ru(?:e)?ckbuch\\w*|zuru(?:e)?ckbuch\\w*|lastschrift (?:zuru(?:e)?ck|widerruf)\\w*|chargeback',
      'widerspruch (?:bei|uber|ueber) (?:der |meine[rn]? |die )?(?:bank|paypal|kreditkarte)|ka(?:e)?uferschutz',
      '(?:schlechte|negative|miese) (?:bewertung|rezension|kritik)|\\b1 stern\\b|(?:gebe|gibt|vergebe|bekommt|bekommen|kriegt)\\w*\\b[^?.!]{0,10}\\b(?:einen|1|nur einen) stern',
      'o(?:e)?ffentlich machen|pranger|(?:alle|andere) (?:kunden )?warnen',
      `(?:poste|posten|teile|teilen|stelle|verbreite)\\w*\\b[^?.!]{0,25}\\b(?:social media|instagram|tiktok|facebook|twitter|trustpilot|im internet|im netz)\\b${NOT_PROMO}`,
    ],
    legal: [
      'anwalt|verbraucherzentrale|\\bvor gericht|gerichtlich|verklag\\w*|\\bklage\\b|polizei',
      'anzeige (?:erstatten|gegen|bei der polizei)|zeige (?:sie|euch|dich) an|rechtliche schritte|mahnverfahren|schlichtungsstelle',
    ],
  },
  tr: {
    reputation: [
      'ters ibraz|(?:bankaya|bankama|karta|kart sirketine)\\w*\\b[^?.!]{0,10}\\b(?:itiraz|sikayet|bildir)\\w*|itiraz (?:edecegim|ederim|ediyorum)',
      'sikayet ?var|(?:kotu|olumsuz|berbat) (?:yorum|degerlendirme|puan)|\\b1 yildiz|bir yildiz (?:verecegim|veririm|verdim|bile)',
      'ifsa|rezil (?:edecegim|ederim)|(?:sosyal medya|twitter|instagram|tiktok|eksi|facebook)\\w*\\b[^?.!]{0,15}\\b(?:paylas|yaz|yayinla|ifsa)\\w*',
    ],
    legal: [
      'avukat|mahkeme|tuketici hakem|hakem heyeti|dava (?:ac|edece)\\w*|savcili(?:k|g)\\w*|suc duyurusu|\\bpolis\\b|yasal (?:islem|yol)',
    ],
  },
  fil: {
    reputation: [
      '(?:i-?report|ireport|isusumbong|magrereklamo|mag-?complain|ire-?report)\\w*\\b[^?.!]{0,15}\\b(?:bank|gcash|paypal|maya|card)\\b|i-?dispute',
      `(?:ipo-?post|ipopost|ipost|i-post|ipapost|ishare|ishe-?share)\\w*\\b[^?.!]{0,15}\\b(?:fb|facebook|tiktok|twitter|group|social media|socmed)\\b${NOT_PROMO}`,
      'ipapaviral|ipa-?viral|paviralin|i-?expose|iexpose|ibubulgar|ipapahiya|(?:pangit na) (?:review|feedback|rating)',
    ],
    legal: [
      'kakasuhan|kasuhan|sasampahan ng kaso|magsasampa (?:\\w+ )?ng kaso|idedemanda|abogado|\\bdti\\b|\\bpulis\\b',
      '(?:i-?reklamo|ireklamo|irereklamo|magrereklamo)\\w*\\b[^?.!]{0,10}\\b(?:dti|pulis|barangay)',
    ],
  },
  it: {
    reputation: [
      '(?:chiedo|chiedero|faccio|faro|richiedo|richiedero)\\w* (?:lo )?storno (?:alla|con la|sulla|tramite la) (?:banca|carta)',
      "contest(?:are|o|ero|azione)\\w* (?:l'?addebito|il pagamento|la transazione|con la banca|su paypal|sulla carta)|(?:contestazione|reclamo) (?:alla|con la|in) (?:banca|paypal)",
      '(?:recensione|recensioni|valutazione|feedback) (?:negativ|pessim|brutt)\\w*|(?:pessima|brutta) (?:recensione|valutazione)|\\b(?:1|zero) stell[ae]\\b|(?:do|daro|metto|lascio|dare) (?:una|1) stella',
      'sputtan\\w*|pubblicita negativa',
      `(?:scrivo|scrivero|posto|postero|pubblico|pubblichero|condivido|metto)\\w*\\b[^?.!]{0,20}\\b(?:social|facebook|instagram|tiktok|trustpilot|forum)\\b${NOT_PROMO}`,
    ],
    legal: [
      'avvocat\\w*|denunci\\w*|tribunale|giudice di pace|altroconsumo|codacons|adiconsum|associazion\\w* (?:dei )?consumatori',
      'carabinieri|polizia|vie legali|azioni legali|querel\\w*|diffida',
    ],
  },
  nl: {
    reputation: [
      'terugboek\\w*|storner\\w*|(?:paypal|bank)\\w*\\b[^?.!]{0,10}\\b(?:geschil|claim|terugvorder\\w*)|\\bgeschil\\b',
      '(?:slechte|negatieve) (?:review|beoordeling|recensie)|\\b(?:1|0) ster(?:ren)?\\b|(?:geef|geven|krijgen|krijg)\\w*\\b[^?.!]{0,10}\\b(?:een|1|maar een) ster\\b',
      'te kijk (?:zetten|gezet)|(?:iedereen|anderen) waarschuwen',
      `(?:zet|zetten|post|posten|deel|delen)\\w*\\b[^?.!]{0,20}\\b(?:social media|facebook|instagram|tiktok|twitter|trustpilot|kiyoh)\\b${NOT_PROMO}`,
    ],
    legal: [
      // "douaneaangifte" is a customs declaration: only a report to the police counts.
      'advocaat|\\bacm\\b|consumentenbond|consuwijzer|geschillencommissie|rechter|rechtszaak|politie|juridische stappen|deurwaarder|\\baangifte (?:doen|gedaan|bij|tegen)|\\b(?:doe|doen|gedaan)\\b[^?.!]{0,10}\\baangifte\\b',
    ],
  },
  pl: {
    reputation: [
      'chargeback|obciazeni\\w* zwrotn\\w*|(?:zglos|reklamacj|zglaszam)\\w*\\b[^?.!]{0,10}\\b(?:w |do )?(?:banku|bank|paypal)\\b|spor\\w*\\b[^?.!]{0,10}\\bpaypal',
      '(?:zla|zle|negatywn|fataln)\\w* (?:opini|komentarz|recenzj|ocen)\\w*|\\b(?:1|jedna|jedną) gwiazdk\\w*',
      '(?:opisze|wrzuce|wstawie|napisze|opublikuje)\\w*\\b[^?.!]{0,20}\\b(?:grup|forum|fejs|facebook|fb|tiktok|instagram|insta|internet|twitter|wykop)\\w*',
      'naglos\\w*|ostrzeg\\w* (?:innych|wszystkich)',
    ],
    legal: [
      'prawnik|adwokat|uokik|rzecznik\\w*|(?:do|w) sadu|sadzie|sadow\\w*|\\bpozew|pozw(?:e|ac|iemy)\\w*',
      'policj\\w*|prokurat\\w*|inspekcj\\w* handlow\\w*|droge sadowa',
    ],
  },
};

const folded = (sources: readonly string[]) => new RegExp(sources.map(foldPattern).join('|'), 'u');
const threats = (pick: (cues: ThreatCues) => readonly string[]) =>
  folded(Object.values(THREATS).flatMap(pick));

const REPUTATION = threats((t) => t.reputation);
const LEGAL = threats((t) => t.legal);

const HUMAN = folded([
  '\\b(?:(?:a|to|with|get me|need|want) (?:a )?human|human (?:please|pls|agent|being)|^human$|real person|live agent|an agent|agent please|speak (?:to|with) (?:someone|somebody|a person|an? agent|a manager|support|staff)|talk (?:to|with) (?:someone|somebody|a person|an? agent|a manager|a human|support|staff)|customer service rep|manager|supervisor|operator|not a (?:bot|robot))\\b',
  '\\b(?:persona real|una persona|un humano|un asesor|un agente|hablar con alguien|atendente|uma pessoa|falar com alguém|um humano|humain|conseiller|vraie personne|un agent|menschen|mitarbeiter|echte person|ansprechpartner|una persona vera|operatore|een mens|medewerker|echt persoon|człowiek|konsultant|insanla|müşteri temsilcisi|canlı destek|yetkili)\\b',
  '\\b(?:orang asli|manusia|ke agen|(?:ke|sama|dengan|dgn|panggil) admin|cs manusia|bercakap dengan staf|tao ang|totoong tao|makausap|nhân viên|người thật|gặp quản lý)\\b',
  // "客服" alone is the shop's help desk ("客服说…"); finding or being put through to it asks for a person.
  '人工|真人|客服人员|專人|转接|轉接|(?:找|联系|转|接|叫|呼叫|要)客服|オペレーター|担当者|有人対応|人間と|상담원|사람이랑|직원분|상담사',
  '(?:找|叫|要|请|让|跟|和)(?:个|你们|真的|一个)?(?:人来|人处理|工作人员|(?:负|負)(?:责|責)的?人|主管|经理|专员|客服小姐姐|客服专员|客服)',
  '工作人员|不要机器人|别用机器人|客服在吗|跟客服(?:说|讲|講|通话|讲电话|講电话)|(?:给我打电话|打电话给我)(?:吗|好吗|可以吗)?$|电话联系我',
  'พนักงาน|เจ้าหน้าที่|คุยกับคน|ต่อแอดมิน|คุยกับแอดมิน|موظف|شخص حقيقي|خدمة العملاء|إنسان|ممثل',
]);

const COMPENSATION = folded([
  'compensat|compensa[cç]|reimburse me for|damages|indemniz|compensaç|indenizaç|dédommag|indemnit|entschädig|schadensersatz|schadevergoeding|odszkodowan|rekompensat|tazminat|risarciment|ganti rugi|kompensasi|pampasan|bồi thường|đền bù|ค่าชดเชย|ชดใช้|赔偿|賠償|补偿|補償|보상|배상|تعويض',
]);

const BILLING = folded([
  'charged (?:me )?twice|double[- ]charged|charged double|two charges|duplicate (?:charge|payment)|billed twice|paid twice|wrong amount charged|charged more than',
  'cobrad[oa]s? (?:dos|2) veces|cobr(?:aron|ó|o) (?:dos|2) veces|doble cobro|cobro doble|cobraram (?:duas|2) vezes|cobrança (?:duplicada|em dobro)',
  'débité deux fois|double prélèvement|doppelt (?:abgebucht|belastet|berechnet)|dubbel afgeschreven|dwa razy pobr|pobrano dwa razy|iki kez (?:çekildi|ücret)|addebitat[oa] due volte',
  'ditagih dua kali|terpotong dua kali|dicaj dua kali|bị trừ tiền hai lần|trừ tiền 2 lần|ตัดเงินสองครั้ง|ตัดเงิน 2 ครั้ง|扣了两次|扣了兩次|重复扣款|重複扣款|二重請求|二重に(?:請求|引き落と)|두 번 결제|이중 결제|خصم مرتين|تم الخصم مرتين',
]);

const ANGER = folded([
  'wtf|fuck|shit|scam|ridiculous|unacceptable|disgusting|worst|estafa|fraude|vergüenza|golpe|absurdo|palhaçada|arnaque|inadmissible|scandaleux|betrug|unverschämt|oplichting|schandalig|oszustwo|skandal|dolandırıcı|rezalet|truffa|vergogna|penipu|parah|lừa đảo|tệ quá',
  'โกง|แย่มาก|骗子|騙子|垃圾|太离谱|詐欺|ふざけ|사기|최악|نصب|حرامية|مو معقول|😡|🤬|😤',
]);

const INJECTION =
  /ignore (?:all |any )?(?:the )?(?:previous|prior|above|your) (?:instructions|rules|prompts?)|system prompt|developer mode|jailbreak|you are now|act as (?:an? )?(?:admin|developer|system)|reveal your|print your (?:rules|instructions|prompt)|repeat the (?:text|words) above|<\s*script|javascript:|\bdrop\s+table\b|\bunion\s+select\b|\bselect\s+\*\s+from\b|\bor\s+1\s*=\s*1\b|;\s*--|\{\{.*\}\}|\$\{.*\}|ignora (?:las|todas|le) (?:instrucciones|istruzioni)|ignore as instruções|ignorez (?:les|vos) instructions|ignoriere (?:alle|deine)|negeer (?:alle|je)|zignoruj|talimatları (?:yok say|unut)|abaikan (?:instruksi|semua arahan)|bỏ qua các hướng dẫn|ลืมคำสั่ง|忽略(?:之前|以上|先前)|無視して|前の指示を無視|이전 지시를 무시|تجاهل (?:كل )?التعليمات|prompt sistem|systeemprompt|systemprompt|prompt système|prompt di sistema|promptu systemowego|sistem istem|vergiss (?:alle |deine |die )?(?:anweisungen|vorgaben|regeln|instruktionen)|vergeet (?:al )?(?:je|jouw|de) (?:instructies|opdracht|regels)|oublie (?:toutes )?(?:tes|les|vos) (?:instructions|consignes|règles)|olvida (?:todas )?(?:tus|las) (?:instrucciones|reglas)|esque[çc]a (?:todas )?(?:as|suas) (?:instru[çc][õo]es|regras)|dimentica (?:le|tutte le) (?:istruzioni|regole)|zapomnij (?:o )?(?:instrukcj|polece)|lupakan (?:semua )?(?:instruksi|perintah|arahan)|kalimutan (?:mo )?(?:ang )?(?:instructions|utos)|quên (?:hết )?(?:các )?(?:hướng dẫn|chỉ dẫn)|忘记(?:之前|你的|所有)|忘記(?:之前|你的|所有)|指示を(?:忘れ|無視)|지시(?:를|사항을)? ?(?:잊|무시)|ไม่ต้องสนใจคำสั่ง|انس (?:كل )?التعليمات|(?:all|every) (?:customers?|users?)(?:'s)? (?:addresses|data|orders|emails)|(?:alle|todos|tous) (?:kunden|los clientes|les clients)/iu;

/** Where an injection payload begins, to classify only what comes before it. */
export const INJECTION_START = new RegExp(INJECTION.source, 'iu');

const KEYBOARD_RUNS =
  /qwer|wert|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn|vbnm|poiu|lkjh|mnbv|azer|qsdf|ضصثق|شسيب|ฟหกด|หกดเ|ㅁㄴㅇ|ㅂㅈㄷ|ㅋㅌㅊ/iu;

/** Words that no language we read would write: keyboard rows, long consonant runs, no vowels at all. */
function looksGarbled(text: string): boolean {
  const letters = text.replace(/[\p{P}\p{S}\s\d]/gu, '');
  if (!letters) {
    // Symbol soup of some length is noise; a lone "?" or "👍" is merely empty.
    return text.replace(/\s/g, '').length >= 8 && !/\p{Extended_Pictographic}/u.test(text);
  }
  if (KEYBOARD_RUNS.test(text)) return true;
  const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  if (words.length === 0) return false;
  const odd = words.filter((w) => /[^aeiouy]{5,}/.test(w) || !/[aeiouy]/.test(w) || /(.)\1{3,}/.test(w));
  const latinLetters = (text.match(/[a-zA-Z]/g) ?? []).length;
  return latinLetters >= letters.length * 0.8 && odd.length / words.length >= 0.6;
}

function isContentFree(text: string): boolean {
  const stripped = text.replace(/\s/g, '');
  if (!stripped) return true;
  return !/[\p{L}\p{N}]/u.test(stripped) && stripped.length < 8;
}

/** The folded text the word cues are matched against. */
function wordsOf(text: string): string {
  return foldText(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads the handoff and safety signals of one message.
 * @example
 * detectSignals('I will file a chargeback with my bank').reputationThreat; // true
 */
export function detectSignals(raw: string): Signals {
  const text = canonicalText(raw);
  const head = text.slice(0, 4000);
  const flood = text.length > 1500;
  const contentFree = isContentFree(head);
  const words = wordsOf(head);
  return {
    humanRequest: HUMAN.test(words),
    reputationThreat: REPUTATION.test(words),
    legalThreat: LEGAL.test(words),
    compensationDemand: COMPENSATION.test(words),
    billingError: BILLING.test(words),
    anger:
      ANGER.test(words) ||
      /!!!|\?\?\?/.test(head) ||
      (head.length > 12 && head === head.toUpperCase() && /[A-Z]{6}/.test(head)),
    garbled: !contentFree && looksGarbled(head),
    contentFree,
    injection: flood || INJECTION.test(head) || /\bDAN\b/.test(head),
  };
}
